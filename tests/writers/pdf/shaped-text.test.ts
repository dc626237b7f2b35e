import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaceRole } from '../../../src/fonts/font-files.js';
import { face } from '../../../src/writers/pdf/font-set.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import type { PdfkitDoc } from '../../../src/writers/pdf/pdfkit-api.js';
import { setText } from '../../../src/writers/pdf/pdfkit-text.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { brief, milanShanghaiBrief, para } from './briefs.js';
import { readPdf } from './pdf-text.js';

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

/** A one-page PDF with one line set in the face, and the content stream pdfkit wrote for it. */
async function oneLine(role: FaceRole, text: string): Promise<{ bytes: Uint8Array; content: string }> {
  const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: false, compress: false }) as unknown as PdfkitDoc &
    NodeJS.ReadableStream & { page: { content: { buffer: Uint8Array[] } } };
  const chunks: Buffer[] = [];
  doc.on('data' as 'error', ((c: Buffer) => chunks.push(c)) as never);
  const ended = new Promise<void>((resolve) => doc.on('end' as 'error', () => resolve()));
  doc.registerFont(role, face(role));
  doc.addPage({ size: [595.28, 841.89], margin: 0 });
  doc.font(role).fontSize(12).fillColor('#000000');
  setText(doc, text, 50, 700);
  const content = Buffer.concat(doc.page.content.buffer).toString('latin1');
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), content };
}

/** Glyphs a content stream shows: four hex digits each in its TJ strings. */
const glyphsShown = (content: string) => [...content.matchAll(/<([0-9a-f]+)>/g)].reduce((n, m) => n + m[1]!.length / 4, 0);

describe('text shaped by HarfBuzz and set by pdfkit', () => {
  it('sets "fi" and "ffi" as single glyphs that still read as their letters', async () => {
    const text = 'office affinity fish';
    const { bytes, content } = await oneLine('latin', text);
    expect(glyphsShown(content)).toBe(text.length - 2 - 2 - 1);
    expect((await readPdf(bytes)).pages.join('').trim()).toBe(text);
  });

  it('sets Chinese text in real glyphs that read back as written', async () => {
    const text = '米兰与上海的合作伙伴关系，始于1979年。';
    const { bytes, content } = await oneLine('cjk', text);
    expect(glyphsShown(content)).toBe([...text].length);
    expect((await readPdf(bytes)).pages.join('').trim()).toBe(text);
    expect(
      face('cjk')
        .shape(text)
        .glyphs.some((g) => g.id === 0),
    ).toBe(false);
  });

  it('writes the kerning of "AV" and "To" as adjustments between glyphs', async () => {
    const { content } = await oneLine('latin-bold', 'AV To');
    expect(content).toMatch(/<[0-9a-f]{4}> [1-9][\d.]* </);
  });

  it('measures a line as the sum of its shaped advances, word by word as pdfkit sets them', () => {
    const text = 'The partnership between Milan and Shanghai, “officially” AVAILABLE.';
    const f = face('latin');
    const units = text.split(/(?<= )/).reduce((sum, word) => sum + f.shape(word).positions.reduce((s, p) => s + p.xAdvance, 0), 0);
    expect(measurer.width(text, 'latin', 11)).toBeCloseTo((units * 11) / f.unitsPerEm, 9);
  });
});

describe('renders in one process', () => {
  const EPOCH = 1_764_374_400;

  it('give the same bytes every time, one after another or at once, whatever was rendered between', async () => {
    const doc = await milanShanghaiBrief();
    const first = await renderPdf(doc, { sourceDateEpoch: EPOCH });
    await renderPdf(brief([para('Affine fiefs of fluffy offices: AV, To, Wa, 上海.')]), { sourceDateEpoch: EPOCH });
    const again = await renderPdf(doc, { sourceDateEpoch: EPOCH });
    const together = await Promise.all([1, 2, 3].map(() => renderPdf(doc, { sourceDateEpoch: EPOCH })));
    for (const other of [again, ...together]) expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
