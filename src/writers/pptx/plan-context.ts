import { inlineText, type Slide, type SlideLayout, type Warning } from '../../model/document.js';
import { theme } from '../../theme.js';
import { HOUSE_FRAME, type DeckFrame, type Rect } from './deck-geometry.js';
import { ELLIPSIS, fitParagraph, fittedBox, type Fitted } from './fit-text.js';
import type { PlannedSlide, TextBox } from './slide-plan.js';
import { plainRuns, textRuns } from './text-runs.js';

/** What every slide planner needs besides the slide. */
export interface PlanContext {
  /** The document's language, for runs. */
  lang: string;
  /** Label appended to the title of a continuation slide. */
  continued: string;
  warnings: Warning[];
  /** Boxes whose text was cut short to fit, with the whole text: it goes to the notes of the slide that shows the box. */
  cut: WeakMap<TextBox, string>;
  /** Where the boxes are: casebrief's masters, or an organisation template's layouts. */
  frame: DeckFrame;
}

/** A new planning context for a deck in `lang`. */
export function planContext(lang: string, continued: string, frame: DeckFrame = HOUSE_FRAME): PlanContext {
  return { lang, continued, warnings: [], cut: new WeakMap(), frame };
}

/**
 * A box of fitted text. Text that had to be cut short is named in a warning (`what`: which field,
 * e.g. `the key figure "600"`) and kept whole, for the speaker notes of the slide that shows it.
 */
export function fittedText(ctx: PlanContext, role: TextBox['role'], rect: Rect, fitted: Fitted, look: Parameters<typeof fittedBox>[3], what: string, whole: string): TextBox {
  const box = fittedBox(role, rect, fitted, look);
  if (fitted.truncated) {
    warn(
      ctx,
      'W_PPTX_TEXT_CUT',
      `${what} is too long for its box even at ${fitted.fontSize} pt: the slide shows it cut short with "${ELLIPSIS}", and the slide's speaker notes have it whole`,
    );
    ctx.cut.set(box, whole);
  }
  return box;
}

/** At most the first 60 characters of a text, to name it in a message. */
export function shortText(text: string): string {
  const chars = Array.from(text.trim().slice(0, 240));
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}${ELLIPSIS}` : chars.join('');
}

/** Layouts drawn on a dark or accent background, with light text. */
export const DARK_LAYOUTS: ReadonlySet<SlideLayout> = new Set(['anniversary', 'title', 'section', 'closing']);

const size = theme.size.deck;
const fit = theme.size.deckFit;

/**
 * The title of a planned slide, fitted to its layout's title box; a
 * continuation slide's title ends with the "(cont.)" label.
 */
export function planTitle(slide: Slide, layout: SlideLayout, continued: boolean, ctx: PlanContext, maxSize?: number, area: Rect = ctx.frame.title[layout]): TextBox {
  const runs = textRuns(slide.title, ctx.lang);
  if (continued) runs.push(...plainRuns(` ${ctx.continued}`, ctx.lang));
  const rect = area;
  const dark = DARK_LAYOUTS.has(layout);
  const base = dark ? { max: size.title, min: fit.titleMin, floor: fit.titleFloor } : { max: size.slideTitle, min: fit.slideTitleMin, floor: fit.titleFloor };
  const max = Math.min(base.max, maxSize ?? base.max, ctx.frame.titleMax ?? base.max);
  const sizes = { max, min: Math.min(base.min, max), floor: Math.min(base.floor, max) };
  const fitted = fitParagraph(runs, rect, sizes, true);
  const whole = inlineText(slide.title);
  return fittedText(
    ctx,
    'title',
    rect,
    fitted,
    {
      color: dark ? theme.colour.paper : theme.colour.dark,
      bold: true,
      align: 'left',
      valign: 'bottom',
    },
    `the title of the slide "${shortText(whole)}"`,
    whole,
  );
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
