import type { PdfkitDoc } from './pdfkit-api.js';

// Setting text with pdfkit, below its `text()`: the plan has placed and measured every line, so
// what `text()` adds (measuring again) is skipped. What is written stays exactly what `text()`
// writes (tests compare the bytes); this file is the one place that knows how pdfkit sets text,
// for the version pinned in package.json.

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
