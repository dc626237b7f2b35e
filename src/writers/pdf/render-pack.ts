import type { PackDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { prepareMaps } from '../../map/prepared-maps.js';
import { brandPalette, recolourPlan } from './brand-palette.js';
import { pageBrand } from './brand-marks.js';
import { fontMeasurer } from './measure.js';
import { buildPackPlan } from './plan-pack.js';
import { writePdf } from './write-pdf.js';

/**
 * Renders a briefing pack as one tagged PDF: cover, linked table of contents, a chapter per
 * brief, nested bookmarks and page numbers over the whole pack; in a brand's look when given one.
 */
export async function renderPackPdf(pack: PackDocument, options: RenderOptions): Promise<RenderResult> {
  await prepareMaps(pack.chapters.flatMap((chapter) => chapter.blocks));
  const measurer = await fontMeasurer(options.brand?.fonts);
  const { plan, warnings } = buildPackPlan(pack, options.paper, measurer, pageBrand(options.brand));
  const colours = options.brand && brandPalette(options.brand);
  const bytes = await writePdf(colours ? recolourPlan(plan, colours.palette) : plan, pack.meta, options, measurer);
  return { bytes, warnings: colours ? [...warnings, ...colours.warnings] : warnings };
}
