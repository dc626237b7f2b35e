import { theme } from '../../../theme.js';
import { BULLET_INDENT } from '../fit-text.js';
import type { Rect } from '../deck-geometry.js';
import type { PictureBox, PlanParagraph, ShapeBox, TextBox } from '../slide-plan.js';
import type { TemplatePlaceholder, TextLook } from '../../../brand/deck-template/read-template.js';
import { EMU } from '../../../brand/deck-template/read-template.js';

/**
 * The XML of a slide written into a template: text in the layout's placeholders (geometry given
 * explicitly, the same as the layout's, so "Reset slide" keeps it), the rest as shapes and text
 * boxes in the theme's colours. Pure string building; the package is put together elsewhere.
 */

export const NS_DECL =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

export function esc(text: string): string {
  // Characters XML 1.0 cannot carry are left out (the notes keep the words).
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const emu = (inches: number) => Math.round(inches * EMU);

export function xfrm(r: Rect): string {
  return `<a:xfrm><a:off x="${emu(r.x)}" y="${emu(r.y)}"/><a:ext cx="${Math.max(0, emu(r.w))}" cy="${Math.max(0, emu(r.h))}"/></a:xfrm>`;
}

/**
 * Colours of text and lines drawn on the slide's own background: the template's body text colour
 * where its layouts set one (LibreOffice's do), else the theme's text colour; an accent that reads
 * on that background.
 */
export interface Palette {
  ink: string;
  accent: string;
}

export function paletteFor(body: string | undefined, title: string | undefined): Palette {
  const srgb = (hex: string) => `<a:srgbClr val="${esc(hex)}"/>`;
  if (!body) return { ink: '<a:schemeClr val="tx1"/>', accent: '<a:schemeClr val="accent1"/>' };
  const light = luminance(body) > 0.55;
  return { ink: srgb(body), accent: light ? srgb(title && luminance(title) > 0.45 ? title : body) : '<a:schemeClr val="accent1"/>' };
}

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * A casebrief colour as the theme's colour that plays its part (so a theme change recolours the
 * slide): cards are a light tint of the first accent with the theme's dark text; what is drawn on
 * the background takes the palette.
 */
export function schemeColour(hex: string, palette: Palette, onCard = false): string {
  const c = theme.colour;
  switch (hex) {
    case c.accent:
      return onCard ? '<a:schemeClr val="accent1"/>' : palette.accent;
    case c.accentSoft:
      return '<a:schemeClr val="accent1"><a:lumMod val="40000"/><a:lumOff val="60000"/></a:schemeClr>';
    case c.panel:
      return '<a:schemeClr val="accent1"><a:lumMod val="10000"/><a:lumOff val="90000"/></a:schemeClr>';
    case c.paper:
      return '<a:schemeClr val="bg1"/>';
    default:
      return onCard ? '<a:schemeClr val="dk1"/>' : palette.ink;
  }
}

/** Relationship ids the slide needs for links and pictures. */
export interface SlideRels {
  link(url: string): string;
}

interface TextStyle {
  /** Explicit look from the template (LibreOffice-made layouts carry it on their text, not in styles). */
  look: TextLook;
  /** Colour of text outside placeholders, as a theme colour. */
  colour?: string;
  typeface?: string;
  placeholder: boolean;
}

function runXml(box: TextBox, run: PlanParagraph['runs'][number], style: TextStyle, rels: SlideRels): string {
  const attrs = [`lang="${esc(run.lang)}"`, `sz="${Math.round(box.fontSize * 100)}"`];
  const bold = run.bold || (style.placeholder ? style.look.bold : box.bold);
  if (bold) attrs.push('b="1"');
  if (run.italic) attrs.push('i="1"');
  attrs.push('dirty="0"');
  let inner = '';
  if (style.colour) inner += `<a:solidFill>${style.colour}</a:solidFill>`;
  else if (style.look.colour) inner += `<a:solidFill><a:srgbClr val="${esc(style.look.colour)}"/></a:solidFill>`;
  const face = style.typeface ?? style.look.typeface;
  if (face) inner += `<a:latin typeface="${esc(face)}"/>`;
  if (run.url) inner += `<a:hlinkClick r:id="${rels.link(run.url)}"/>`;
  return `<a:r><a:rPr ${attrs.join(' ')}>${inner}</a:rPr><a:t>${esc(run.text)}</a:t></a:r>`;
}

const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const;

function paragraphsXml(box: TextBox, style: TextStyle, rels: SlideRels, bulletChar: string): string {
  return box.paragraphs
    .map((p, i) => {
      const indent = p.indent ? ` marL="${BULLET_INDENT * 12700}" indent="${-BULLET_INDENT * 12700}"` : ' marL="0" indent="0"';
      const spacing =
        `<a:lnSpc><a:spcPts val="${Math.round(box.lineHeight * 100)}"/></a:lnSpc>` +
        `<a:spcBef><a:spcPts val="${i > 0 ? Math.round(box.paraSpace * 100) : 0}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>`;
      const bullet = p.indent && p.bullet ? `<a:buFont typeface="Arial"/><a:buChar char="${esc(bulletChar)}"/>` : '<a:buNone/>';
      const runs = p.runs.map((r) => runXml(box, r, style, rels)).join('');
      const end = `<a:endParaRPr lang="${esc(p.runs[0]?.lang ?? 'en')}" sz="${Math.round(box.fontSize * 100)}" dirty="0"/>`;
      return `<a:p><a:pPr algn="${ALIGN[box.align]}"${indent}>${spacing}${bullet}</a:pPr>${runs}${end}</a:p>`;
    })
    .join('');
}

let ids = 1;

/** Shape ids restart on every slide. */
export function resetIds(): void {
  ids = 1;
}

/** The next shape id on the slide being written. */
export const nextId = () => ++ids;

/** A text placeholder of the layout holding a planned box; `outer` is where the shape sits (the text area plus the insets). */
export function placeholderXml(ph: TemplatePlaceholder, box: TextBox, outer: Rect, rels: SlideRels, bulletChar: string): string {
  const id = nextId();
  const attrs = [ph.type !== 'obj' ? `type="${ph.type}"` : '', ph.idx !== undefined ? `idx="${esc(ph.idx)}"` : ''].filter(Boolean).join(' ');
  const style: TextStyle = { look: ph.look, placeholder: true };
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${esc(ph.name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph${attrs ? ` ${attrs}` : ''}/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(outer)}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphsXml(box, style, rels, bulletChar)}</p:txBody></p:sp>`
  );
}

/** A text box of its own (figures, timeline labels, small print): no insets, the theme's colours and the template's body font. */
export function textBoxXml(box: TextBox, typeface: string, rels: SlideRels, bulletChar: string, palette: Palette): string {
  const id = nextId();
  const anchor = { top: 't', middle: 'ctr', bottom: 'b' }[box.valign];
  // Key figures sit on cards, a map's names on the map: the theme's dark text reads on both.
  const onCard = box.role === 'figure-value' || box.role === 'figure-label' || (box.role as string) === 'map-label';
  // Text is drawn on a card or on the slide's background: in the accent or the ink of either, never in the background's own colour.
  const colour = box.color === theme.colour.accent ? schemeColour(box.color, palette, onCard) : onCard ? '<a:schemeClr val="dk1"/>' : palette.ink;
  const style: TextStyle = { look: {}, colour, typeface, placeholder: false };
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="${anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>${paragraphsXml(box, style, rels, bulletChar)}</p:txBody></p:sp>`
  );
}

const GEOMETRY = { rect: 'rect', roundRect: 'roundRect', ellipse: 'ellipse', line: 'line' } as const;

export function shapeXml(shape: ShapeBox, palette: Palette): string {
  const id = nextId();
  // Cards and their accent bars, and the timeline's dots, are filled; the axis is a line on the background.
  const fill = shape.fill && shape.kind !== 'line' ? `<a:solidFill>${schemeColour(shape.fill, palette, true)}</a:solidFill>` : '<a:noFill/>';
  const line = shape.line
    ? `<a:ln w="${Math.round((shape.lineWidth ?? 1) * 12700)}"><a:solidFill>${schemeColour(shape.line, palette)}</a:solidFill></a:ln>`
    : '<a:ln><a:noFill/></a:ln>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(shape)}<a:prstGeom prst="${GEOMETRY[shape.kind]}"><a:avLst/></a:prstGeom>${fill}${line}</p:spPr></p:sp>`
  );
}

export function pictureXml(picture: PictureBox, rel: string): string {
  const id = nextId();
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}" descr="${esc(picture.alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(picture)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

/** The footer and slide number placeholders of a layout that has them. */
export function footerXml(ph: TemplatePlaceholder, box: TextBox | undefined, lang: string, number?: number): string {
  const id = nextId();
  const attrs = [`type="${ph.type}"`, ph.idx !== undefined ? `idx="${esc(ph.idx)}"` : ''].filter(Boolean).join(' ');
  const size = box ? ` sz="${Math.round(box.fontSize * 100)}"` : '';
  const look = ph.look.colour ? `<a:solidFill><a:srgbClr val="${esc(ph.look.colour)}"/></a:solidFill>` : '';
  const face = ph.look.typeface ? `<a:latin typeface="${esc(ph.look.typeface)}"/>` : '';
  const content =
    number !== undefined
      ? `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="${esc(lang)}"${size} dirty="0">${look}${face}</a:rPr><a:t>${number}</a:t></a:fld>`
      : (box?.paragraphs ?? [])
          .flatMap((p) => p.runs.map((r) => `<a:r><a:rPr lang="${esc(r.lang)}"${size} dirty="0">${look}${face}</a:rPr><a:t>${esc(r.text)}</a:t></a:r>`))
          .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${esc(ph.name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph ${attrs}/></p:nvPr></p:nvSpPr>` +
    `<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>${content}</a:p></p:txBody></p:sp>`
  );
}

/** A slide: its shapes, and a background of its own when the template's sample slides on its layout have one. */
export function slideXml(shapes: string[], background = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:sld ${NS_DECL}><p:cSld>${background}<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    `<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>${shapes.join('')}</p:spTree></p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
  );
}

/** A notes slide: the slide's picture and the notes, one paragraph each. */
export function notesXml(notes: readonly string[], lang: string): string {
  const paragraphs = notes.length
    ? notes.map((n) => `<a:p><a:r><a:rPr lang="${esc(lang)}" dirty="0"/><a:t>${esc(n)}</a:t></a:r></a:p>`).join('')
    : `<a:p><a:endParaRPr lang="${esc(lang)}" dirty="0"/></a:p>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:notes ${NS_DECL}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

/** A notes master for a template that has none (LibreOffice's exports): the slide's picture above, the notes below. */
export function notesMasterXml(notesSize: { cx: number; cy: number }): string {
  const { cx, cy } = notesSize;
  const m = Math.round(cx * 0.1);
  const img = { x: m, y: Math.round(cy * 0.08), w: cx - 2 * m, h: Math.round(cy * 0.36) };
  const body = { x: m, y: Math.round(cy * 0.48), w: cx - 2 * m, h: Math.round(cy * 0.42) };
  const box = (b: typeof img) => `<a:xfrm><a:off x="${b.x}" y="${b.y}"/><a:ext cx="${b.w}" cy="${b.h}"/></a:xfrm>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<p:notesMaster ${NS_DECL}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>${box(img)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>${box(body)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Notes</a:t></a:r></a:p></p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    '<p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>'
  );
}
