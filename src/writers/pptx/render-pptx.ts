import type { DeckDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { fixPackage } from './fix-package.js';
import { prepareDeckMaps } from './plan-map.js';
import { planDeck } from './plan-deck.js';
import { pptxgenInput } from './pptxgen-input.js';
import { writeDeck } from './write-deck.js';

/**
 * Renders a deck document to a .pptx: plan the slides (measured text, no library), check the
 * plan against what pptxgenjs takes without printing, draw it with pptxgenjs, then fix the
 * package's parts and zip them. With `sourceDateEpoch`, equal documents give byte-identical
 * files. The document is only read; what could not be drawn as planned comes back as warnings.
 */
export async function renderPptx(doc: DeckDocument, options: RenderOptions): Promise<RenderResult> {
  // Maps are projected before planning (planning is synchronous), also for a deck built into a template.
  await prepareDeckMaps(doc);
  const { deckTemplate } = options;
  if (deckTemplate) return (await import('./template/render-template.js')).renderIntoTemplate(doc, { ...options, deckTemplate });
  const planned = planDeck(doc);
  const { plan, warnings } = pptxgenInput(planned);
  const when = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : new Date();
  const parts = await writeDeck(plan, doc.meta);
  const bytes = await fixPackage(parts, plan, doc.meta, when);
  return { bytes, warnings: [...plan.warnings, ...warnings] };
}
