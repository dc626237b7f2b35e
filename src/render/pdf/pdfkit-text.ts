import type { PdfkitDoc, PdfkitEmbeddedFont } from './pdfkit-api.js';

// Setting text with pdfkit, below its `text()`: the plan has placed and measured every line, so
// what `text()` adds (measuring again, options, eight writes a line) is skipped. What is written
// stays exactly what `text()` writes (tests compare the bytes); this file is the one place that
// knows how pdfkit sets text, for the version pinned in package.json.

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
export function shareWordCache(embedded: PdfkitEmbeddedFont): void {
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
export function setText(doc: PdfkitDoc, text: string, x: number, y: number): void {
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
