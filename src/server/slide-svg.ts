import type { SlideLayout } from '../model/document.js';
import { theme } from '../theme.js';
import { formatShare, formatTick, niceScale, pieSlices } from '../writers/chart-geometry.js';
import { EDGE_STRIP, FOOTER_RULE, NUMBER_BOX, SLIDE, TITLE_BOX, TITLE_RULE, PT, type Rect } from '../writers/pptx/deck-geometry.js';
import { LAYOUT_BACKGROUND } from '../writers/pptx/define-masters.js';
import { DARK_LAYOUTS } from '../writers/pptx/plan-context.js';
import type { ChartBox, MapBox, PlannedSlide, ShapeBox, SlidePlan, TableBox, TextBox } from '../writers/pptx/slide-plan.js';

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

/** A label drawn as SVG text, in the thumbnails' font. */
function label(x: number, y: number, text: string, size: number, anchor: 'start' | 'middle' | 'end', colour: string = theme.colour.ink, weight = 400): string {
  return `<text x="${+x.toFixed(2)}" y="${+y.toFixed(2)}" font-size="${size}" text-anchor="${anchor}" fill="#${colour}"${weight !== 400 ? ` font-weight="${weight}"` : ''} font-family="Carlito,Calibri,'Noto Sans SC',sans-serif">${xml(text)}</text>`;
}

/**
 * A planned chart, drawn as PowerPoint would lay it out in outline: axes, gridlines, bars, lines or
 * slices in the plan's colours, labels and values, a legend for several series or a pie's slices.
 * A preview of the native chart the deck holds, not a copy of LibreOffice's or PowerPoint's drawing.
 */
function chartSvg(chart: ChartBox): string {
  const box = { x: pt(chart.x), y: pt(chart.y), w: pt(chart.w), h: pt(chart.h) };
  const size = chart.fontSize;
  const colour = (i: number) => `#${chart.colours[i % chart.colours.length] ?? theme.colour.accent}`;
  const parts: string[] = [`<title>${xml(chart.alt)}</title>`];
  let top = box.y;
  if (chart.title) {
    parts.push(label(box.x + box.w / 2, top + size + 2, chart.title, size + 2, 'middle', theme.colour.dark, 700));
    top += size * 2;
  }
  if (chart.kind === 'pie') {
    const legendW = Math.min(box.w * 0.35, 200);
    const r = Math.min(box.w - legendW, box.h - (top - box.y)) / 2 - size;
    const cx = box.x + (box.w - legendW) / 2;
    const cy = top + (box.y + box.h - top) / 2;
    // Angles clockwise from twelve o'clock, as the brief's pie takes them.
    const at = (a: number) => `${(cx + r * Math.sin(a)).toFixed(2)},${(cy - r * Math.cos(a)).toFixed(2)}`;
    pieSlices(chart.series[0]?.values ?? []).forEach((slice, i) => {
      const sweep = slice.end - slice.start;
      if (sweep <= 0) return;
      parts.push(
        sweep >= Math.PI * 2 - 1e-9
          ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour(i)}"/>`
          : `<path d="M${cx},${cy}L${at(slice.start)}A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${at(slice.end)}Z" fill="${colour(i)}" stroke="#${theme.colour.paper}" stroke-width="1"/>`,
      );
      const mid = (slice.start + slice.end) / 2;
      if (sweep > 0.25)
        parts.push(
          label(cx + r * 0.65 * Math.sin(mid), cy - r * 0.65 * Math.cos(mid) + size / 3, formatShare(slice.share, chart.lang), size - 2, 'middle', theme.colour.paper, 700),
        );
    });
    chart.categories.forEach((name, i) => {
      const y = cy - (chart.categories.length * (size + 6)) / 2 + i * (size + 6);
      parts.push(`<rect x="${box.x + box.w - legendW + 8}" y="${y.toFixed(2)}" width="${size * 0.7}" height="${size * 0.7}" fill="${colour(i)}"/>`);
      parts.push(label(box.x + box.w - legendW + 12 + size * 0.7, y + size * 0.65, name, size, 'start'));
    });
    return `<g>${parts.join('')}</g>`;
  }
  const many = chart.series.length > 1;
  if (many) {
    let x = box.x;
    chart.series.forEach((s, i) => {
      parts.push(`<rect x="${x}" y="${top + 2}" width="${size * 0.7}" height="${size * 0.7}" fill="${colour(i)}"/>`, label(x + size, top + size * 0.7 + 2, s.name, size, 'start'));
      x += size * 2 + s.name.length * size * 0.55;
    });
    top += size * 1.8;
  }
  const { min: lo, max: hi, ticks } = niceScale(chart.series.flatMap((s) => s.values));
  const horizontal = chart.kind === 'bar';
  const catW = horizontal ? Math.min(box.w * 0.3, Math.max(...chart.categories.map((c) => c.length)) * size * 0.55 + 8) : 0;
  const plot = {
    x: box.x + (horizontal ? catW : size * 3.2),
    y: top + size,
    w: box.w - (horizontal ? catW + size : size * 3.2),
    h: box.y + box.h - top - size * (horizontal ? 2.5 : 2.8),
  };
  const scale = (v: number) => (v - lo) / (hi - lo || 1);
  for (const v of ticks) {
    const f = scale(v);
    if (horizontal) {
      const x = plot.x + f * plot.w;
      parts.push(`<line x1="${x.toFixed(2)}" y1="${plot.y}" x2="${x.toFixed(2)}" y2="${plot.y + plot.h}" stroke="#${theme.colour.rule}" stroke-width="0.75"/>`);
      parts.push(label(x, plot.y + plot.h + size + 2, formatTick(v, chart.lang), size - 2, 'middle', theme.colour.muted));
    } else {
      const y = plot.y + plot.h - f * plot.h;
      parts.push(`<line x1="${plot.x}" y1="${y.toFixed(2)}" x2="${plot.x + plot.w}" y2="${y.toFixed(2)}" stroke="#${theme.colour.rule}" stroke-width="0.75"/>`);
      parts.push(label(plot.x - 4, y + size / 3, formatTick(v, chart.lang), size - 2, 'end', theme.colour.muted));
    }
  }
  const n = chart.categories.length || 1;
  const band = (horizontal ? plot.h : plot.w) / n;
  const every = Math.max(1, Math.ceil((n * size * 2.2) / (horizontal ? plot.h * 2 : plot.w)));
  chart.categories.forEach((name, i) => {
    if (i % every) return;
    if (horizontal) parts.push(label(plot.x - 4, plot.y + band * (i + 0.5) + size / 3, name, size - 2, 'end'));
    else parts.push(label(plot.x + band * (i + 0.5), plot.y + plot.h + size + 2, name, size - 2, 'middle'));
  });
  if (chart.kind === 'line') {
    chart.series.forEach((s, j) => {
      const points = s.values.map((v, i) => [plot.x + band * (i + 0.5), plot.y + plot.h - scale(v) * plot.h] as const);
      parts.push(`<polyline points="${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')}" fill="none" stroke="${colour(j)}" stroke-width="2"/>`);
      for (const [x, y] of points) parts.push(`<circle cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="2.5" fill="${colour(j)}"/>`);
    });
  } else {
    const k = chart.series.length;
    const bar = (band * 0.62) / k;
    chart.series.forEach((s, j) =>
      s.values.forEach((v, i) => {
        const a = scale(Math.min(0, v));
        const b = scale(Math.max(0, v));
        const at = band * 0.19 + bar * j + band * i;
        parts.push(
          horizontal
            ? `<rect class="bar" x="${(plot.x + a * plot.w).toFixed(2)}" y="${(plot.y + at).toFixed(2)}" width="${((b - a) * plot.w).toFixed(2)}" height="${bar.toFixed(2)}" fill="${colour(j)}"/>`
            : `<rect class="bar" x="${(plot.x + at).toFixed(2)}" y="${(plot.y + plot.h - b * plot.h).toFixed(2)}" width="${bar.toFixed(2)}" height="${((b - a) * plot.h).toFixed(2)}" fill="${colour(j)}"/>`,
        );
        if (!many)
          parts.push(
            horizontal
              ? label(plot.x + b * plot.w + 3, plot.y + at + bar / 2 + size / 3, formatTick(v, chart.lang), size - 3, 'start')
              : label(plot.x + at + bar / 2, plot.y + plot.h - b * plot.h - 3, formatTick(v, chart.lang), size - 3, 'middle'),
          );
      }),
    );
  }
  if (chart.unit) parts.push(label(box.x, top + size * 0.2, chart.unit, size - 2, 'start', theme.colour.muted));
  return `<g>${parts.join('')}</g>`;
}

/** A planned table: the header row dark with light bold text, banded rows, each cell's text in its box. */
function tableSvg(table: TableBox): string {
  const parts: string[] = [];
  let y = table.y;
  table.rows.forEach((row, r) => {
    const h = table.rowH[r] ?? 0;
    let x = table.x;
    row.forEach((cell, c) => {
      const w = table.colW[c] ?? 0;
      const fill = r === 0 ? theme.colour.dark : r % 2 === 0 ? theme.colour.panel : theme.colour.paper;
      parts.push(`<rect x="${pt(x)}" y="${pt(y)}" width="${pt(w)}" height="${pt(h)}" fill="#${fill}" stroke="#${theme.colour.rule}" stroke-width="0.75"/>`);
      const [mt, mr, mb, ml] = table.margin;
      parts.push(
        textBox(
          {
            role: 'body',
            x: x + ml,
            y: y + mt,
            w: Math.max(0, w - ml - mr),
            h: Math.max(0, h - mt - mb),
            fontSize: table.fontSize,
            lineHeight: table.lineHeight,
            paraSpace: 0,
            color: r === 0 ? theme.colour.paper : theme.colour.ink,
            bold: r === 0,
            align: cell.align,
            valign: 'middle',
            paragraphs: [{ runs: cell.runs, bullet: false, indent: false, lines: 1 }],
          },
          't',
        ),
      );
      x += w;
    });
    y += h;
  });
  return `<g>${parts.join('')}</g>`;
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
    ...(slide.charts ?? []).map(chartSvg),
    ...(slide.tables ?? []).map(tableSvg),
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
