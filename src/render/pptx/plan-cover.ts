import type { Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import { CLOSING_SMALL_BOX, CLOSING_SUBTITLE_BOX, SUBTITLE_BOX } from './deck-geometry.js';
import { fitParagraph, fittedBox } from './fit-text.js';
import { flowBlocks, flowBox, planContent } from './plan-content.js';
import { planTitle, warn, type PlanContext } from './plan-context.js';
import type { PlannedSlide, TextBox } from './slide-plan.js';
import { textRuns } from './text-runs.js';

const fit = theme.size.deckFit;

function subtitleBox(slide: Slide, closing: boolean, ctx: PlanContext): TextBox[] {
  if (!slide.subtitle.length) return [];
  const rect = closing ? CLOSING_SUBTITLE_BOX : SUBTITLE_BOX;
  const fitted = fitParagraph(textRuns(slide.subtitle, ctx.lang), rect, { max: theme.size.deck.subtitle, min: fit.small, floor: fit.labelMin });
  if (!fitted.fits) warn(ctx, 'W_PPTX_SUBTITLE_OVERFLOW', 'a subtitle does not fit its box');
  return [fittedBox('subtitle', rect, fitted, { color: theme.colour.accentSoft, align: 'left', valign: 'top' })];
}

/**
 * Title and section slides: title and subtitle on a dark or accent ground.
 * Body text, which these layouts have no room for, follows on content slides.
 */
export function planCover(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const layout = slide.layout === 'section' ? 'section' : 'title';
  const cover: PlannedSlide = { layout, title: planTitle(slide, layout, false, ctx), boxes: subtitleBox(slide, false, ctx), shapes: [], notes: [], from, continued: false };
  return slide.body.length ? [cover, ...planContent(slide, from, ctx, slide.body, true)] : [cover];
}

/** The closing slide: thanks, the partner cities and the source in small print; small print too long for it moves to content slides. */
export function planClosing(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const flow = flowBlocks(slide.body, CLOSING_SMALL_BOX, ctx, { max: fit.small, min: fit.labelMin });
  const fits = flow.pages.length === 1;
  const closing: PlannedSlide = {
    layout: 'closing',
    title: planTitle(slide, 'closing', false, ctx),
    boxes: [...subtitleBox(slide, true, ctx), ...(fits && flow.pages[0]!.length ? [flowBox('small', CLOSING_SMALL_BOX, flow, 0, theme.colour.rule)] : [])],
    shapes: [],
    notes: [],
    from,
    continued: false,
  };
  return fits ? [closing] : [closing, ...planContent(slide, from, ctx, slide.body, true)];
}
