import type { SlideLayout } from '../model/document.js';
import { theme } from '../theme.js';
import { EDGE_STRIP, FOOTER_RULE, NUMBER_BOX, SLIDE, TITLE_BOX, TITLE_RULE, PT, type Rect } from '../writers/pptx/deck-geometry.js';
import { LAYOUT_BACKGROUND } from '../writers/pptx/define-masters.js';
import { DARK_LAYOUTS } from '../writers/pptx/plan-context.js';
import type { MapBox, PlannedSlide, ShapeBox, SlidePlan, TextBox } from '../writers/pptx/slide-plan.js';

/**
 * Slide thumbnails for the studio's preview, drawn from the deck's slide plan (the same boxes,
 * sizes and colours the PowerPoint writer is given), not from the .pptx: one SVG per slide.
 * Units are points (the plan's inches × 72); text boxes are HTML in a <foreignObject>, so the
 * browser wraps each paragraph in the box's width at the size the planner measured it.
 */

/** Em width of the hanging indent of a bulleted paragraph (as the deck's bullet indent). */
const BULLET_INDENT_PT = 18;

/** Escapes text for XML (element content and attribute values). */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const pt = (inches: number) => +(inches * PT).toFixed(2);

function rect(r: Rect, fill: string): string {
  return `<rect x="${pt(r.x)}" y="${pt(r.y)}" width="${pt(r.w)}" height="${pt(r.h)}" fill="#${fill}"/>`;
}

function shape(s: ShapeBox): string {
  const fill = s.fill ? `#${s.fill}` : 'none';
  const stroke = s.line ? ` stroke="#${s.line}" stroke-width="${s.lineWidth ?? 1}"` : '';
  switch (s.kind) {
    case 'line':
      return `<line x1="${pt(s.x)}" y1="${pt(s.y)}" x2="${pt(s.x + s.w)}" y2="${pt(s.y + s.h)}" stroke="#${s.line ?? s.fill ?? theme.colour.rule}" stroke-width="${s.lineWidth ?? 1}"/>`;
    case 'ellipse':
      return `<ellipse cx="${pt(s.x + s.w / 2)}" cy="${pt(s.y + s.h / 2)}" rx="${pt(s.w / 2)}" ry="${pt(s.h / 2)}" fill="${fill}"${stroke}/>`;
    case 'roundRect':
      return `<rect x="${pt(s.x)}" y="${pt(s.y)}" width="${pt(s.w)}" height="${pt(s.h)}" rx="${pt(Math.min(s.w, s.h) * 0.1)}" fill="${fill}"${stroke}/>`;
    default:
      return `<rect x="${pt(s.x)}" y="${pt(s.y)}" width="${pt(s.w)}" height="${pt(s.h)}" fill="${fill}"${stroke}/>`;
  }
}

/** A planned map: its freeform shapes as paths (the alt text as the first one's title), dots, then names and distance. */
function mapSvg(map: MapBox): string {
  const paths = map.shapes.map((s) => {
    const d = s.paths.map((points) => `M${points.map(([x, y]) => `${pt(x)},${pt(y)}`).join('L')}${s.closed ? 'Z' : ''}`).join('');
    const stroke = s.line ? ` stroke="#${s.line}" stroke-width="${s.lineWidth ?? 1}" stroke-linejoin="round"` : '';
    return `<path d="${d}" fill="${s.fill ? `#${s.fill}` : 'none'}" fill-rule="evenodd"${stroke}>${s.alt ? `<title>${xml(s.alt)}</title>` : ''}</path>`;
  });
  return [...paths, ...map.dots.map(shape), ...map.labels.map((b) => textBox(b, 't'))].join('');
}

/** A text box as HTML in a foreignObject: the plan's size, line pitch, paragraph spacing and alignment. */
function textBox(box: TextBox, className: string): string {
  const justify = { top: 'flex-start', middle: 'center', bottom: 'flex-end' }[box.valign];
  const paragraphs = box.paragraphs
    .map((p, i) => {
      const runs = p.runs
        .map((r) => {
          const style = [r.bold || box.bold ? 'font-weight:700' : '', r.italic ? 'font-style:italic' : ''].filter(Boolean).join(';');
          const text = xml(r.text);
          return `<span lang="${xml(r.lang)}"${style ? ` style="${style}"` : ''}>${r.url ? `<u>${text}</u>` : text}</span>`;
        })
        .join('');
      const style = [i > 0 && box.paraSpace ? `margin-top:${box.paraSpace}pt` : '', p.indent ? `padding-left:${BULLET_INDENT_PT}pt` : ''].filter(Boolean).join(';');
      const bullet = p.indent && p.bullet ? `<span class="b" style="left:0">&#x25A0;</span>` : '';
      return `<p${style ? ` style="${style}"` : ''}>${bullet}${runs}</p>`;
    })
    .join('');
  const style = [
    `font-size:${box.fontSize}px`,
    `line-height:${box.lineHeight}px`,
    `color:#${box.color}`,
    `text-align:${box.align}`,
    `justify-content:${justify}`,
    box.bold ? 'font-weight:700' : '',
  ]
    .filter(Boolean)
    .join(';');
  return `<foreignObject x="${pt(box.x)}" y="${pt(box.y)}" width="${pt(box.w)}" height="${pt(box.h)}"><div xmlns="http://www.w3.org/1999/xhtml" class="${className}" style="${style}">${paragraphs}</div></foreignObject>`;
}

/** The decoration a layout's master adds: edge strip, title rule and footer rule (light), or the accent bar (dark). */
function master(layout: SlideLayout): string {
  if (DARK_LAYOUTS.has(layout)) {
    const bar = layout === 'section' ? theme.colour.paper : theme.colour.accent;
    const t = TITLE_BOX[layout];
    return rect({ x: t.x, y: t.y + t.h + 0.12, w: 1.4, h: 0.09 }, bar);
  }
  return [
    rect(EDGE_STRIP, theme.colour.accent),
    rect(TITLE_RULE, theme.colour.accent),
    `<line x1="${pt(FOOTER_RULE.x)}" y1="${pt(FOOTER_RULE.y)}" x2="${pt(FOOTER_RULE.x + FOOTER_RULE.w)}" y2="${pt(FOOTER_RULE.y)}" stroke="#${theme.colour.rule}" stroke-width="0.75"/>`,
  ].join('');
}

const STYLE = `<style>.t{display:flex;flex-direction:column;width:100%;height:100%;overflow:hidden;font-family:Carlito,Calibri,'Noto Sans SC','Microsoft YaHei',sans-serif}.t p{margin:0;position:relative;overflow-wrap:anywhere}.t .b{position:absolute;font-size:0.6em}</style>`;

/** One planned slide as a standalone SVG document (960 × 540 points), with its number for light layouts. */
export function slideSvg(slide: PlannedSlide, number: number, plan: Pick<SlidePlan, 'footer'>, label = `Slide ${number}`): string {
  const dark = DARK_LAYOUTS.has(slide.layout);
  const parts = [
    rect({ x: 0, y: 0, w: SLIDE.w, h: SLIDE.h }, LAYOUT_BACKGROUND[slide.layout]),
    master(slide.layout),
    ...slide.shapes.map(shape),
    ...(slide.pictures ?? []).map(
      (p) =>
        `<image x="${pt(p.x)}" y="${pt(p.y)}" width="${pt(p.w)}" height="${pt(p.h)}" preserveAspectRatio="xMidYMid meet" href="data:image/${p.format};base64,${Buffer.from(p.data).toString('base64')}"><title>${xml(p.alt)}</title></image>`,
    ),
    ...(slide.maps ?? []).map(mapSvg),
    textBox(slide.title, 't'),
    ...slide.boxes.map((b) => textBox(b, 't')),
  ];
  if (!dark) {
    if (plan.footer) parts.push(textBox(plan.footer, 't'));
    parts.push(
      textBox(
        {
          role: 'small',
          ...NUMBER_BOX,
          fontSize: theme.size.deck.footer,
          lineHeight: theme.size.deck.footer * 1.2,
          paraSpace: 0,
          color: theme.colour.muted,
          align: 'right',
          valign: 'middle',
          paragraphs: [{ runs: [{ text: String(number), lang: 'en' }], bullet: false, indent: false, lines: 1 }],
        },
        't',
      ),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${pt(SLIDE.w)} ${pt(SLIDE.h)}" role="img" aria-label="${xml(label)}">${STYLE}${parts.join('')}</svg>`;
}

/** Every slide of a plan as SVG, in order; the label of each names its number and title. */
export function planSvgs(plan: SlidePlan): string[] {
  return plan.slides.map((slide, i) => {
    const title = slide.title.paragraphs
      .map((p) => p.runs.map((r) => r.text).join(''))
      .join(' ')
      .trim();
    return slideSvg(slide, i + 1, plan, `Slide ${i + 1}${title ? `: ${title}` : ''}`);
  });
}
