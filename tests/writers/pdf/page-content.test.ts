import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { face, prepareFaces } from '../../../src/writers/pdf/font-set.js';
import { gatherPageContent } from '../../../src/writers/pdf/page-content.js';
import type { PdfkitDoc } from '../../../src/writers/pdf/pdfkit-api.js';
import { setText } from '../../../src/writers/pdf/pdfkit-text.js';

beforeAll(async () => {
  await prepareFaces();
});

/** A two-page document, its content streams uncompressed, with or without the gathering. */
function pdf(gather: boolean): Promise<Buffer> {
  const doc = new PDFDocument({
    font: null as unknown as string,
    autoFirstPage: false,
    compress: false,
    tagged: true,
    info: { CreationDate: new Date(Date.UTC(2026, 0, 1)) },
  }) as unknown as PdfkitDoc & NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  doc.on('data' as 'error', ((c: Buffer) => chunks.push(c)) as never);
  const ended = new Promise<Buffer>((resolve) => doc.on('end' as 'error', () => resolve(Buffer.concat(chunks))));
  doc._id = new Uint8Array(16);
  if (gather) gatherPageContent(doc);
  doc.registerFont('latin', face('latin'));
  for (const page of [1, 2]) {
    doc.addPage({ size: [595.28, 841.89], margin: 0 });
    const mark = doc.markStructureContent('P', { lang: 'it' });
    doc.font('latin').fontSize(11).fillColor('#1f3a5f');
    setText(doc, `Pagina ${page}: città (Milano) \\ “continual” – Tävelåệ`, 68.5, 731.846);
    doc.endMarkedContent();
    doc.rect(10, 10, 100, 20).fill('#b3261e');
    void mark;
  }
  doc.end();
  return ended;
}

describe('gatherPageContent', () => {
  it('leaves the file byte-identical to what pdfkit writes by itself', async () => {
    const [own, gathered] = await Promise.all([pdf(false), pdf(true)]);
    expect(gathered.toString('latin1')).toContain('TJ');
    expect(gathered.equals(own)).toBe(true);
  });
});
