import type { BriefDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { prepareMaps } from '../../map/prepared-maps.js';
import { brandPalette, recolourPlan } from './brand-palette.js';
import { pageBrand } from './brand-marks.js';
import { buildPlan } from './build-plan.js';
import { fontMeasurer } from './measure.js';
import { writePdf } from './write-pdf.js';

/**
 * Renders a brief as a tagged, print-grade PDF: plans the pages (fonts measured with fontkit),
 * then draws the plan with pdfkit. Returns the bytes and whatever could not be done as asked.
 * A brand (options.brand) gives the fonts measured and drawn, the logo, the footer line and the colours.
 */
export async function renderPdf(doc: BriefDocument, options: RenderOptions): Promise<RenderResult> {
  await prepareMaps(doc.blocks);
  const measurer = await fontMeasurer(options.brand?.fonts);
  const { plan, warnings } = buildPlan(doc, options.paper, measurer, pageBrand(options.brand));
  const colours = options.brand && brandPalette(options.brand);
  const bytes = await writePdf(colours ? recolourPlan(plan, colours.palette) : plan, doc.meta, options, measurer);
  return { bytes, warnings: colours ? [...warnings, ...colours.warnings] : warnings };
}
