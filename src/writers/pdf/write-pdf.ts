import type { DocumentMeta } from '../../model/document.js';
import type { RenderOptions } from '../render-options.js';
import { drawPlan } from './draw-plan.js';
import type { Measurer } from './measure.js';
import type { LayoutPlan } from './plan.js';
import { briefDocument } from './brief-pdf-document.js';
import type { DocumentInfo } from './xmp.js';

/** Writes a plan as a PDF with pdfkit (imported here, on first use): metadata, tags, PDF/A, attachments. */
export async function writePdf(plan: LayoutPlan, meta: DocumentMeta, options: RenderOptions, fonts: Pick<Measurer, 'font'>): Promise<Uint8Array> {
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
  const { doc, bytes } = await briefDocument({ info, lang: meta.lang, pdfa: options.pdfa ?? false });
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
  return bytes;
}
