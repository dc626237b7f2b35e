import type { Slide, SlideLayout, Warning } from '../../model/document.js';
import { theme } from '../../theme.js';
import { TITLE_BOX, type Rect } from './deck-geometry.js';
import { fitParagraph, fittedBox } from './fit-text.js';
import type { PlannedSlide, TextBox } from './slide-plan.js';
import { plainRuns, textRuns } from './text-runs.js';

/** What every slide planner needs besides the slide. */
export interface PlanContext {
  /** The document's language, for runs. */
  lang: string;
  /** Label appended to the title of a continuation slide. */
  continued: string;
  warnings: Warning[];
}

/** Layouts drawn on a dark or accent background, with light text. */
export const DARK_LAYOUTS: ReadonlySet<SlideLayout> = new Set(['anniversary', 'title', 'section', 'closing']);

const size = theme.size.deck;
const fit = theme.size.deckFit;

/**
 * The title of a planned slide, fitted to its layout's title box; a
 * continuation slide's title ends with the "(cont.)" label.
 */
export function planTitle(slide: Slide, layout: SlideLayout, continued: boolean, ctx: PlanContext, maxSize?: number, area: Rect = TITLE_BOX[layout]): TextBox {
  const runs = textRuns(slide.title, ctx.lang);
  if (continued) runs.push(...plainRuns(` ${ctx.continued}`, ctx.lang));
  const rect = area;
  const dark = DARK_LAYOUTS.has(layout);
  const base = dark ? { max: size.title, min: fit.titleMin, floor: fit.titleFloor } : { max: size.slideTitle, min: fit.slideTitleMin, floor: fit.titleFloor };
  const max = Math.min(base.max, maxSize ?? base.max);
  const sizes = { max, min: Math.min(base.min, max), floor: Math.min(base.floor, max) };
  const fitted = fitParagraph(runs, rect, sizes, true);
  if (!fitted.fits) warn(ctx, 'W_PPTX_TITLE_OVERFLOW', `the title "${runs.map((r) => r.text).join('')}" does not fit its box even at ${fit.titleFloor} pt`);
  return fittedBox('title', rect, fitted, {
    color: dark ? theme.colour.paper : theme.colour.dark,
    bold: true,
    align: 'left',
    valign: 'bottom',
  });
}

/** Sets the titles of slides split from one document slide in one size: the smallest any of them needed. */
export function evenTitles(slides: PlannedSlide[], slide: Slide, ctx: PlanContext): PlannedSlide[] {
  const smallest = Math.min(...slides.map((s) => s.title.fontSize));
  if (slides.every((s) => s.title.fontSize === smallest)) return slides;
  return slides.map((s) => ({ ...s, title: planTitle(slide, s.layout, s.continued, ctx, smallest) }));
}

/** Records a warning once. */
export function warn(ctx: PlanContext, code: string, message: string): void {
  if (!ctx.warnings.some((w) => w.code === code && w.message === message)) ctx.warnings.push({ code, message });
}
