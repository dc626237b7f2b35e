import { inlineText, type KeyFigure, type KeyFiguresNode, type Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import { fitParagraph } from './fit-text.js';
import { planContent } from './plan-content.js';
import { fittedText, planTitle, shortText, type PlanContext } from './plan-context.js';
import type { PlannedSlide, ShapeBox, TextBox } from './slide-plan.js';
import { plainRuns, textRuns } from './text-runs.js';

const MAX_PER_SLIDE = 4;
const GAP = 0.35;
const PAD = 0.3;
const fit = theme.size.deckFit;

/** Splits n items into the fewest groups of at most `max`, as even as can be. */
export function balancedGroups<T>(items: readonly T[], max: number): T[][] {
  const groups = Math.max(1, Math.ceil(items.length / max));
  const per = Math.ceil(items.length / groups);
  return Array.from({ length: groups }, (_, g) => items.slice(g * per, (g + 1) * per)).filter((g) => g.length);
}

function card(figure: KeyFigure, x: number, w: number, ctx: PlanContext): { boxes: TextBox[]; shapes: ShapeBox[] } {
  const { y, h } = ctx.frame.figures;
  const valueRect = { x: x + PAD, y: y + 0.35, w: w - 2 * PAD, h: 1.2 };
  const labelRect = { x: x + PAD, y: y + 1.75, w: w - 2 * PAD, h: h - 2.0 };
  const value = fitParagraph(plainRuns(figure.value, ctx.lang), valueRect, { max: theme.size.deck.figure, min: fit.figureMin, floor: fit.labelMin }, true);
  const label = fitParagraph(textRuns(figure.label, ctx.lang), labelRect, { max: fit.label, min: fit.label, floor: fit.labelMin });
  const labelText = inlineText(figure.label);
  const name = `the key figure "${shortText(figure.value)}"`;
  return {
    shapes: [
      { kind: 'rect', x, y, w, h, fill: theme.colour.panel },
      { kind: 'rect', x, y, w, h: 0.08, fill: theme.colour.accent },
    ],
    boxes: [
      fittedText(ctx, 'figure-value', valueRect, value, { color: theme.colour.accent, bold: true, align: 'left', valign: 'bottom' }, name, `${figure.value} ${labelText}`),
      fittedText(ctx, 'figure-label', labelRect, label, { color: theme.colour.ink, align: 'left', valign: 'top' }, `the label of ${name}`, `${figure.value} ${labelText}`),
    ],
  };
}

/** Key figures as cards (native shapes and text), at most four to a slide. */
export function planKeyFigures(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const node = slide.body.find((b): b is KeyFiguresNode => b.type === 'key-figures');
  const others = slide.body.filter((b) => b !== node);
  const groups = node ? balancedGroups(node.figures, MAX_PER_SLIDE) : [];
  const FIGURE_AREA = ctx.frame.figures;
  const slides: PlannedSlide[] = groups.map((group, k) => {
    const w = (FIGURE_AREA.w - GAP * (group.length - 1)) / group.length;
    const cards = group.map((f, i) => card(f, FIGURE_AREA.x + i * (w + GAP), w, ctx));
    return {
      layout: 'key-figures',
      title: planTitle(slide, 'key-figures', k > 0, ctx),
      boxes: cards.flatMap((c) => c.boxes),
      shapes: cards.flatMap((c) => c.shapes),
      notes: [],
      from,
      continued: k > 0,
    };
  });
  // Anything else on the slide is text: it follows on content slides.
  return others.length || !slides.length ? [...slides, ...planContent(slide, from, ctx, others, slides.length > 0)] : slides;
}
