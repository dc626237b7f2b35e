import type { PdfkitDoc, PdfkitEmbeddedFont } from './pdfkit-api.js';

// Setting text with pdfkit, below its `text()`: the plan has placed and measured every line, so
// what `text()` adds (measuring again) is skipped. What is written stays exactly what `text()`
// writes (tests compare the bytes); this file is the one place that knows how pdfkit sets text,
// for the version pinned in package.json.

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

/**
 * Sets one planned line of text at (x, baseline y) in the current font, size and colour, with
 * pdfkit's `_fragment`: the step of `text()` that writes the line. `text()` itself would measure
 * the line twice more, which the plan has done; `textWidth` is only read for links and underlines,
 * which are never asked of it here. (Writing the operators ourselves, in one write instead of
 * pdfkit's eight, was tried: no measurable gain, so pdfkit writes them.)
 */
export function setText(doc: PdfkitDoc, text: string, x: number, y: number): void {
  doc._fragment(text, x, y, { baseline: 'alphabetic', textWidth: 0, wordCount: 0 });
}
