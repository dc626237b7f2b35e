import type { BriefDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { buildPlan } from './build-plan.js';
import { fontMeasurer } from './measure.js';
import { writePdf } from './write-pdf.js';

/**
 * Renders a brief as a tagged, print-grade PDF: plans the pages (fonts measured with fontkit),
 * then draws the plan with pdfkit. Returns the bytes and whatever could not be done as asked.
 */
export async function renderPdf(doc: BriefDocument, options: RenderOptions): Promise<RenderResult> {
  const { plan, warnings } = buildPlan(doc, options.paper, await fontMeasurer());
  const bytes = await writePdf(plan, doc.meta, options);
  return { bytes, warnings };
}
