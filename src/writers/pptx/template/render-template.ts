import type { DeckDocument, Warning } from '../../../model/document.js';
import { chooseLayouts, frameOf } from '../../../brand/deck-template/match-layouts.js';
import { openDeckTemplate } from '../../../brand/deck-template/deck-template-option.js';
import { templateFonts } from '../../../brand/deck-template/stand-in-fonts.js';
import type { RenderOptions, RenderResult } from '../../render-options.js';
import { withMeasureFonts } from '../measure-text.js';
import { planDeck } from '../plan-deck.js';
import { writeIntoTemplate } from './write-into-template.js';

/**
 * Renders a deck inside an organisation's template (`options.deckTemplate`, its bytes): the
 * slides on the template's layouts, fitted in its boxes and measured in its fonts' stand-ins.
 */
export async function renderIntoTemplate(doc: DeckDocument, options: RenderOptions & { deckTemplate: NonNullable<RenderOptions['deckTemplate']> }): Promise<RenderResult> {
  const { bytes, file = 'the deck template', layouts: pins } = options.deckTemplate;
  const template = await openDeckTemplate(bytes, file);
  const layouts = chooseLayouts(template, pins);
  const fonts = templateFonts(template, layouts);
  const warnings: Warning[] = fonts.unknown.map((font) => ({
    code: 'W_PPTX_TEMPLATE_FONT',
    message: `${file}: the template's font "${font}" has no metric-compatible stand-in casebrief can measure with; its text is measured with Arimo (Arial's widths) and ${Math.round((fonts.scale - 1) * 100)}% to spare, so it fits but may look loose`,
  }));
  const plan = withMeasureFonts(fonts.fonts, () => planDeck(doc, frameOf(template, layouts)));
  const when = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : new Date();
  const out = await writeIntoTemplate({ template, layouts, plan, meta: doc.meta, when });
  return { bytes: out, warnings: [...warnings, ...plan.warnings] };
}
