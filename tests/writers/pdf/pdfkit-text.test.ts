import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaceRole } from '../../../src/fonts/font-files.js';
import { face, prepareFaces } from '../../../src/writers/pdf/font-set.js';
import type { PdfkitDoc } from '../../../src/writers/pdf/pdfkit-api.js';
import { setText } from '../../../src/writers/pdf/pdfkit-text.js';

beforeAll(async () => {
  await prepareFaces();
});

/** The uncompressed content stream of a one-page document with one line drawn by `draw`. */
function content(role: FaceRole, size: number, draw: (doc: PdfkitDoc) => void): string {
  const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: false, compress: false }) as unknown as PdfkitDoc & {
    page: { content: { buffer: Uint8Array[] } };
  };
  doc.registerFont(role, face(role));
  doc.addPage({ size: [595.28, 841.89], margin: 0 });
  doc.font(role).fontSize(size).fillColor('#1f3a5f');
  draw(doc);
  return Buffer.concat(doc.page.content.buffer).toString('latin1');
}

describe('setText (pdfkit-text.ts) writes what pdfkit’s text() writes, byte for byte', () => {
  // A planned line never holds a line break: text() would split it into lines, setText drops it, as pdfkit's own _fragment does.
  it.each<[string, FaceRole, number, string]>([
    ['plain Latin', 'latin', 11, 'The partnership between Milan and Shanghai began in 1979.'],
    ['kerning', 'latin-bold', 26, 'AVATAR Today, Tävel'],
    ['combining marks (glyphs placed with offsets)', 'latin', 10.5, 'café näive Tävelåệ Phở Hà Nội Ta\u0308vele\u0323\u0302 q\u0301 x\u0330'],
    ['ligatures', 'latin-italic', 9, 'financial ﬁnal eﬀort'],
    ['Chinese with Latin', 'cjk', 12, '米兰 Milan · 上海 Shanghai'],
  ])('%s', (_what, role, size, text) => {
    const viaPdfkit = content(role, size, (doc) => {
      (doc as unknown as { text(t: string, x: number, y: number, o: object): void }).text(text, 68.5, 731.846, { lineBreak: false, baseline: 'alphabetic' });
    });
    const viaSetText = content(role, size, (doc) => setText(doc, text, 68.5, 731.846));
    expect(viaSetText).toBe(viaPdfkit);
    expect(viaSetText).toContain('TJ');
  });

  it('the cases above take every path: kerning adjustments, and marks placed by a text matrix of their own', () => {
    const kerned = content('latin-bold', 26, (doc) => setText(doc, 'AVATAR Today', 10, 100));
    expect(kerned).toMatch(/> -?[1-9][\d.]* </);
    const marked = content('latin', 10.5, (doc) => setText(doc, 'Ta\u0308vele\u0323\u0302 q\u0301 x\u0330', 10, 100));
    expect(marked.match(/ Tm\n/g)?.length).toBeGreaterThan(2);
  });
});
