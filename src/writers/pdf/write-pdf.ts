import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../../model/document.js';
import type { RenderOptions } from '../render-options.js';
import { drawPlan } from './draw-plan.js';
import type { Measurer } from './measure.js';
import type { PdfkitDoc } from './pdfkit-api.js';
import type { LayoutPlan } from './plan.js';
import { gatherPageContent } from './page-content.js';
import { xmpDescriptions, type DocumentInfo } from './xmp.js';

/** Writes a plan as a PDF with pdfkit (imported here, on first use): metadata, tags, PDF/A, attachments. */
export async function writePdf(plan: LayoutPlan, meta: DocumentMeta, options: RenderOptions, fonts: Pick<Measurer, 'font'>): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : new Date();
  const info: DocumentInfo = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '),
    Creator: 'casebrief',
    Producer: 'casebrief (pdfkit)',
    CreationDate: date,
    ModDate: date,
  };
  const doc = new PDFDocument({
    // No default font: pdfkit would load Helvetica's AFM metrics, which we never draw with (and which a bundle cannot find).
    font: null as unknown as string,
    autoFirstPage: false,
    bufferPages: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    info,
    ...(options.pdfa ? { subset: 'PDF/A-3b' as const } : {}),
  }) as unknown as PdfkitDoc;
  // Same content and date give the same /ID, so reproducible builds stay byte-identical.
  doc._id = new Uint8Array(
    createHash('md5')
      .update(JSON.stringify([plan, info, options.attachments?.map((a) => a.name)]))
      .digest(),
  );
  doc._addInfo = () => doc.appendXML(xmpDescriptions(info, meta.lang));
  const output = captureOutput(doc);
  gatherPageContent(doc);
  for (const role of plan.faces) doc.registerFont(role, fonts.font(role));
  for (const file of options.attachments ?? []) {
    doc.file(file.bytes, {
      name: file.name,
      type: file.mimeType,
      description: file.description,
      relationship: 'Source',
      creationDate: date,
      modifiedDate: date,
    });
  }
  drawPlan(doc, plan);
  doc.end();
  return output;
}

/**
 * The file pdfkit writes, gathered as it is written. pdfkit is a Readable stream that pushes
 * every line of the file separately (thousands for a brief); its pushes are taken here directly,
 * after what the constructor wrote is read out of the stream. Resolves when pdfkit ends the
 * file, which may be after `end()` returns (an image can still be decoding).
 */
function captureOutput(doc: PdfkitDoc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (let chunk = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk);
  return new Promise((resolve, reject) => {
    doc.on('error', reject);
    doc.push = (chunk) => {
      if (chunk === null) resolve(new Uint8Array(Buffer.concat(chunks)));
      else chunks.push(chunk);
      return true;
    };
  });
}
