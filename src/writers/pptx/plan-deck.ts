import { inlineText, type DeckDocument, type Slide, type SlideLayout } from '../../model/document.js';
import { planAnniversary, planClosing, planCover } from './plan-cover.js';
import { planContent, planTwoColumn } from './plan-content.js';
import { evenTitles, planContext, shortText, warn, type PlanContext } from './plan-context.js';
import { theme } from '../../theme.js';
import type { DeckFrame } from './deck-geometry.js';
import { fitParagraph, fittedBox } from './fit-text.js';
import { planKeyFigures } from './plan-key-figures.js';
import { hasOwnSlide, planDataSlides } from './plan-chart.js';
import { planTimeline } from './plan-timeline.js';
import type { PlannedSlide, SlidePlan, TextBox } from './slide-plan.js';
import { plainRuns, runsText } from './text-runs.js';
import { blockParagraphs } from './block-paragraphs.js';
import { hasGlyph } from './measure-text.js';

type LayoutPlanner = (slide: Slide, from: number, ctx: PlanContext) => PlannedSlide[];

/** One planner per layout; the compiler insists on a planner for every layout the model knows. */
const PLANNERS = {
  anniversary: planAnniversary,
  title: planCover,
  section: planCover,
  content: (slide, from, ctx) => planContent(slide, from, ctx),
  'two-column': planTwoColumn,
  'key-figures': planKeyFigures,
  timeline: planTimeline,
  closing: planClosing,
} satisfies Record<SlideLayout, LayoutPlanner>;

/**
 * Plans a deck: every document slide becomes one or more planned slides with
 * measured, fitted text. Pure: reads the document, never changes it.
 */
export function planDeck(doc: DeckDocument, frame?: DeckFrame): SlidePlan {
  const ctx = planContext(doc.meta.lang, doc.labels.continued, frame);
  for (const slide of doc.slides) {
    if (slide.layout !== 'title' && slide.layout !== 'section' && slide.layout !== 'anniversary' && [...slide.body, ...slide.aside].some((b) => b.type === 'image')) {
      warn(ctx, 'W_PPTX_IMAGE_SKIPPED', `a picture on a "${slide.layout}" slide is left out: the deck shows pictures on title and section slides`);
    }
  }
  missingGlyphs(doc, ctx);
  const slides = doc.slides.flatMap((slide, from) => withCutText(withNotes(evenTitles(planSlide(slide, from, ctx), slide, ctx), slide.notes), ctx));
  return { slides, footer: planFooter(doc.footer, ctx), warnings: ctx.warnings };
}

/** A slide by its layout's planner; a content slide with a chart or a table gets slides of their own for them. */
function planSlide(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  if (slide.layout === 'content' && slide.body.some(hasOwnSlide)) return planDataSlides(slide, from, ctx);
  return PLANNERS[slide.layout](slide, from, ctx);
}

/**
 * Names every character of the deck that neither of its fonts has (once, where it first occurs):
 * PowerPoint then draws it in another font of the computer that shows the deck, or as a box.
 * Default-ignorable characters (joiners, tag characters) are drawn by no font and are not named.
 */
function missingGlyphs(doc: DeckDocument, ctx: PlanContext): void {
  const known = new Map<number, boolean>();
  const reported = new Set<number>();
  const check = (text: string, where: string) => {
    const found: string[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && cp < 0x7f) continue;
      let missing = known.get(cp);
      if (missing === undefined) {
        missing = !NO_GLYPH_NEEDED.test(ch) && !hasGlyph(cp);
        known.set(cp, missing);
      }
      if (missing && !reported.has(cp)) {
        reported.add(cp);
        found.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${ch}"`);
      }
    }
    if (found.length) {
      warn(
        ctx,
        'W_PPTX_GLYPH_MISSING',
        `the deck's fonts (${theme.font.deck.latin}, ${theme.font.deck.eastAsian}) have no glyph for ${found.join(', ')} in ${where}; PowerPoint draws ${found.length === 1 ? 'it' : 'them'} in another font of the computer that shows the deck, or as an empty box`,
      );
    }
  };
  check(doc.footer, 'the footer');
  for (const slide of doc.slides) {
    const title = inlineText(slide.title);
    const name = `the slide "${shortText(title)}"`;
    check(title, `the title of ${name}`);
    check(inlineText(slide.subtitle), `the subtitle of ${name}`);
    for (const p of blockParagraphs([...slide.body, ...slide.aside], ctx.lang)) check(runsText(p.runs), `the text of ${name}`);
    for (const note of slide.notes) check(note, `the notes of ${name}`);
  }
}

/** Spaces, controls and default-ignorable characters (joiners, tag characters): no font draws them. */
const NO_GLYPH_NEEDED = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

function planFooter(text: string, ctx: PlanContext): TextBox | undefined {
  if (!text.trim()) return undefined;
  const FOOTER_BOX = ctx.frame.footer;
  const fitted = fitParagraph(plainRuns(text, ctx.lang), FOOTER_BOX, { max: theme.size.deck.footer, min: 8, floor: 7 });
  if (fitted.truncated)
    warn(ctx, 'W_PPTX_TEXT_CUT', `the footer "${shortText(text)}" is too long for the footer line even at ${fitted.fontSize} pt: every slide shows it cut short with "…"`);
  return fittedBox('small', FOOTER_BOX, fitted, { color: theme.colour.muted, align: 'left', valign: 'middle' });
}

/** Puts the whole text of every box a slide shows cut short at the head of its notes, so no word is lost. */
function withCutText(group: PlannedSlide[], ctx: PlanContext): PlannedSlide[] {
  return group.map((s) => {
    const cut = [s.title, ...s.boxes, ...(s.maps ?? []).flatMap((m) => m.labels)].flatMap((b) => ctx.cut.get(b) ?? []);
    return cut.length ? { ...s, notes: [...new Set(cut), ...s.notes] } : s;
  });
}

/**
 * Gives each notes paragraph to the slide of its group that shows its first
 * words (so a presenter reads it where its sentences are), else to the slide
 * holding the previous paragraph. Every paragraph lands on exactly one slide.
 */
export function withNotes(group: PlannedSlide[], notes: readonly string[]): PlannedSlide[] {
  const shown = group.map((s) => s.boxes.flatMap((b) => b.paragraphs.map((p) => runsText(p.runs).trim())).filter((t) => t.length > 0));
  let at = 0;
  const assigned: string[][] = group.map(() => []);
  for (const note of notes) {
    const home = shown.findIndex((texts, i) => i >= at && texts.some((t) => note.includes(t.slice(0, 60))));
    if (home >= 0) at = home;
    assigned[at]?.push(note);
  }
  return group.map((s, i) => ({ ...s, notes: assigned[i] ?? [] }));
}
