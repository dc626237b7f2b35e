import type { Mark, LayoutPlan, OutlineEntry } from './plan.js';
import type { OutlineNode, PdfkitDoc, PdfkitEmbeddedFont } from './pdfkit-api.js';
import { StructTags } from './struct-tags.js';

/** Draws a layout plan into a pdfkit document: pages, tagged content, artifacts and bookmarks. */
export function drawPlan(doc: PdfkitDoc, plan: LayoutPlan): void {
  const tags = new StructTags(doc, plan.structure);
  // The latest entry of each level: where entries of the level below go.
  const parents: OutlineNode[] = [];
  for (const page of plan.pages) {
    doc.addPage({ size: [plan.width, plan.height], margin: 0 });
    for (const anchor of page.anchors ?? []) doc.addNamedDestination(anchor.name, 'XYZ', 0, anchor.top, null);
    for (const entry of page.outline) {
      parents[entry.level - 1] = addOutline(doc, entry, plan.width, parents[entry.level - 2]);
      parents.length = entry.level;
    }
    for (const item of page.items) {
      if (item.tag === 'artifact') {
        doc.markContent('Artifact', { type: item.artifact ?? 'Layout' });
        drawMarks(doc, item.marks);
        doc.endMarkedContent();
      } else {
        tags.drawItem({ ...item, tag: item.tag }, (marks) => drawMarks(doc, marks));
      }
    }
  }
  tags.end();
}

function addOutline(doc: PdfkitDoc, entry: OutlineEntry, pageWidth: number, title: OutlineNode | undefined): OutlineNode {
  const parent = entry.level > 1 && title ? title : doc.outline;
  // pdfkit subtracts `left` from the page width to get the destination's left edge.
  return parent.addItem(entry.title, { expanded: true, top: Math.max(0, entry.top - 12), left: pageWidth });
}

function drawMarks(doc: PdfkitDoc, marks: readonly Mark[]): void {
  for (const m of marks) {
    switch (m.kind) {
      case 'text':
        shareWordCache(doc.font(m.face)._font);
        doc.fontSize(m.size).fillColor(m.colour);
        setText(doc, m.text, m.x, m.y);
        break;
      case 'rect':
        doc.rect(m.x, m.y, m.w, m.h);
        paint(doc, m.fill, m.stroke, m.lineWidth);
        break;
      case 'circle':
        doc.circle(m.cx, m.cy, m.r);
        paint(doc, m.fill, m.stroke, m.lineWidth);
        break;
      case 'line':
        doc.lineWidth(m.width).moveTo(m.x1, m.y1).lineTo(m.x2, m.y2).strokeColor(m.colour).stroke();
        break;
      case 'image':
        doc.image(m.src, m.x, m.y, { width: m.w, height: m.h });
        break;
    }
  }
}

function paint(doc: PdfkitDoc, fill: string | undefined, stroke: string | undefined, width = 1): void {
  if (fill && stroke) doc.lineWidth(width).fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.lineWidth(width).strokeColor(stroke).stroke();
}

/** Documents a shared word cache serves before a fresh one replaces it, bounding its size. */
const DOCUMENTS_PER_CACHE = 64;
const wordCaches = new WeakMap<object, { words: Record<string, unknown>; documents: number }>();
const sharing = new WeakSet<PdfkitEmbeddedFont>();

/**
 * pdfkit lays out every word again in each document: its word cache belongs to the document's
 * embedded font. The words depend only on the font (fontkit's shaping, scaled to 1000 units per
 * em), and nothing downstream changes them, so documents set in the same font share one cache:
 * in a batch or a pack, a word is laid out once.
 */
function shareWordCache(embedded: PdfkitEmbeddedFont): void {
  if (sharing.has(embedded) || !embedded.layoutCache) return;
  sharing.add(embedded);
  let shared = wordCaches.get(embedded.font);
  if (!shared || shared.documents >= DOCUMENTS_PER_CACHE) wordCaches.set(embedded.font, (shared = { words: Object.create(null) as Record<string, unknown>, documents: 0 }));
  shared.documents++;
  Object.assign(shared.words, embedded.layoutCache);
  embedded.layoutCache = shared.words;
}

/** A number as pdfkit writes it into content streams (its `PDFObject.number`). */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Sets one planned line of text at (x, baseline y) in the current font, size and colour: the
 * operators pdfkit's `text()` writes for it, byte for byte, as one write to the page. `text()`
 * would measure the line twice more (the plan has), and make eight writes of it, each turned
 * into bytes on its own. The glyphs still come from pdfkit's `encode`, which builds the subset.
 */
function setText(doc: PdfkitDoc, text: string, x: number, y: number): void {
  const line = text.replace(/\n/g, '');
  if (!line) return;
  const font = doc._font;
  const size = doc._fontSize;
  const height = doc.page.height;
  const baseline = height - y;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const ops = ['q', `1 0 0 -1 0 ${pdfNumber(height)} cm`, 'BT', `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm`, `/${font.id} ${pdfNumber(size)} Tf`];
  const [encoded, positions] = font.encode(line);
  const scale = size / 1000;
  // Glyphs whose advance differs from their width (kerning) end a hex string with an adjustment;
  // a glyph with an offset is placed with a text matrix of its own.
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let at = x;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const pos = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${pdfNumber(-(pos.xAdvance - pos.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      ops.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${pdfNumber(at + pos.xOffset * scale)} ${pdfNumber(baseline + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${pdfNumber(at)} ${pdfNumber(baseline)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    at += pos.xAdvance * scale;
  }
  flush(i);
  ops.push('ET', 'Q');
  doc.addContent(ops.join('\n'));
}
