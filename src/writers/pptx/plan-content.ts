import type { Block, Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import type { Rect } from './deck-geometry.js';
import { blockParagraphs } from './block-paragraphs.js';
import { flowParagraphs, type Flow } from './flow-paragraphs.js';
import { planTitle, type PlanContext } from './plan-context.js';
import type { PlannedSlide, TextBox } from './slide-plan.js';

const BODY_SIZES = { max: theme.size.deck.body, min: theme.size.deck.bodyMin };

/** Body sizes, below a template's own body size where it sets a smaller one. */
function bodySizes(ctx: PlanContext): { max: number; min: number } {
  const max = ctx.frame.bodyMax;
  return max === undefined || max >= BODY_SIZES.max ? BODY_SIZES : { max: Math.max(max, BODY_SIZES.min), min: BODY_SIZES.min };
}

/** Flows blocks into a box at body sizes (never below the body minimum). */
export function flowBlocks(blocks: readonly Block[], rect: Rect, ctx: PlanContext, sizes: { max: number; min: number } = bodySizes(ctx)): Flow {
  return flowParagraphs(blockParagraphs(blocks, ctx.lang), rect, sizes);
}

/** The text box of one page of a flow. */
export function flowBox(role: TextBox['role'], rect: Rect, flow: Flow, page: number, color: string = theme.colour.ink): TextBox {
  return {
    role,
    ...rect,
    fontSize: flow.fontSize,
    lineHeight: flow.lineHeight,
    paraSpace: flow.paraSpace,
    paragraphs: flow.pages[page] ?? [],
    color,
    align: 'left',
    valign: 'top',
  };
}

/**
 * A content slide: its body flowed into as many slides as the text needs;
 * the second and later ones are titled "… (cont.)".
 */
export function planContent(slide: Slide, from: number, ctx: PlanContext, blocks: readonly Block[] = slide.body, startContinued = false): PlannedSlide[] {
  const BODY_BOX = ctx.frame.body;
  const flow = flowBlocks(blocks, BODY_BOX, ctx);
  return flow.pages.map((_, k) => ({
    layout: 'content',
    title: planTitle(slide, 'content', startContinued || k > 0, ctx),
    boxes: flow.pages[k]!.length ? [flowBox('body', BODY_BOX, flow, k)] : [],
    shapes: [],
    notes: [],
    from,
    continued: startContinued || k > 0,
  }));
}

/**
 * A two-column slide. When the aside fits its column but the body does not, the
 * first slide holds as many whole paragraphs as fit beside the aside and the rest
 * continues at full width; otherwise each column flows on its own and the deck
 * takes as many slides as the longer one needs.
 */
export function planTwoColumn(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const { body: BODY_BOX, columns: COLUMN_BOXES } = ctx.frame;
  const BODY_SIZES = bodySizes(ctx);
  const left = flowBlocks(slide.body, COLUMN_BOXES[0], ctx);
  const right = flowBlocks(slide.aside, COLUMN_BOXES[1], ctx);
  if (left.pages.length > 1 && right.pages.length === 1) {
    const drafts = blockParagraphs(slide.body, ctx.lang);
    // Whole paragraphs that fit beside the aside at a size; the run then keeps the size the rest needs.
    const fitting = (sizes: { max: number; min: number }) => {
      let n = 0;
      while (n < drafts.length && flowParagraphs(drafts.slice(0, n + 1), COLUMN_BOXES[0], sizes).pages.length === 1) n++;
      return n;
    };
    const size = flowParagraphs(drafts.slice(fitting(BODY_SIZES)), BODY_BOX, BODY_SIZES).fontSize;
    const fixed = { max: size, min: size };
    const fit = fitting(fixed);
    if (fit > 0) {
      const first = flowParagraphs(drafts.slice(0, fit), COLUMN_BOXES[0], fixed);
      const rest = flowParagraphs(drafts.slice(fit), BODY_BOX, fixed);
      const shared: PlannedSlide = {
        layout: 'two-column',
        title: planTitle(slide, 'two-column', false, ctx),
        boxes: [flowBox('body', COLUMN_BOXES[0], first, 0), flowBox('aside', COLUMN_BOXES[1], right, 0)],
        shapes: [],
        notes: [],
        from,
        continued: false,
      };
      return [
        shared,
        ...rest.pages.map((page, k) => ({
          layout: 'content' as const,
          title: planTitle(slide, 'content', true, ctx),
          boxes: page.length ? [flowBox('body', BODY_BOX, rest, k)] : [],
          shapes: [],
          notes: [],
          from,
          continued: true,
        })),
      ];
    }
  }
  const count = Math.max(left.pages.length, right.pages.length);
  return Array.from({ length: count }, (_, k) => ({
    layout: 'two-column' as const,
    title: planTitle(slide, 'two-column', k > 0, ctx),
    boxes: [flowBox('body', COLUMN_BOXES[0], left, k), flowBox('aside', COLUMN_BOXES[1], right, k)].filter((b) => b.paragraphs.length),
    shapes: [],
    notes: [],
    from,
    continued: k > 0,
  }));
}
