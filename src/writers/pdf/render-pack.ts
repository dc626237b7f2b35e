import type { PackDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { fontMeasurer } from './measure.js';
import { buildPackPlan } from './plan-pack.js';
import { writePdf } from './write-pdf.js';

/**
 * Renders a briefing pack as one tagged PDF: cover, linked table of contents, a chapter per
 * brief, nested bookmarks and page numbers over the whole pack.
 */
export async function renderPackPdf(pack: PackDocument, options: RenderOptions): Promise<RenderResult> {
  const { plan, warnings } = buildPackPlan(pack, options.paper, await fontMeasurer());
  const bytes = await writePdf(plan, pack.meta, options);
  return { bytes, warnings };
}
