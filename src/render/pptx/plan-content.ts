import type { Block, Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import { BODY_BOX, COLUMN_BOXES, type Rect } from './deck-geometry.js';
import { blockParagraphs } from './block-paragraphs.js';
import { flowParagraphs, type Flow } from './flow-paragraphs.js';
import { planTitle, type PlanContext } from './plan-context.js';
import type { PlannedSlide, TextBox } from './slide-plan.js';

const BODY_SIZES = { max: theme.size.deck.body, min: theme.size.deck.bodyMin };

/** Flows blocks into a box at body sizes (never below the body minimum). */
export function flowBlocks(blocks: readonly Block[], rect: Rect, ctx: PlanContext, sizes: { max: number; min: number } = BODY_SIZES): Flow {
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

/** A two-column slide: each column flows on its own; the deck takes as many slides as the longer one needs. */
export function planTwoColumn(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const left = flowBlocks(slide.body, COLUMN_BOXES[0], ctx);
  const right = flowBlocks(slide.aside, COLUMN_BOXES[1], ctx);
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
