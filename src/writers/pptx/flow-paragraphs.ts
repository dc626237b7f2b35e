import { PT, type Rect } from './deck-geometry.js';
import { lineHeightFor, paraSpaceFor, textWidthFor, type ParagraphDraft } from './fit-text.js';
import { wrapRuns, type WrappedLine } from './measure-text.js';
import { textHeight, type PlanParagraph } from './slide-plan.js';
import { sliceRuns } from './text-runs.js';

/** Paragraphs flowed into a box, page by page, at one size. */
export interface Flow {
  fontSize: number;
  lineHeight: number;
  paraSpace: number;
  pages: PlanParagraph[][];
}

/**
 * Flows paragraphs into as few boxes as the smallest allowed size needs, then
 * sets them at the largest size that still needs no more boxes. Paragraphs move
 * whole to the next box; only one taller than a whole box is split between lines.
 * Each paragraph is wrapped once per size tried and split at its wrapped lines,
 * so the work grows with the text's length, not with its square.
 */
export function flowParagraphs(drafts: readonly ParagraphDraft[], rect: Rect, sizes: { max: number; min: number }): Flow {
  const fewest = paginate(drafts, rect, sizes.min, Number.POSITIVE_INFINITY)!;
  for (let size = sizes.max; size > sizes.min; size--) {
    const flow = paginate(drafts, rect, size, fewest.pages.length);
    if (flow) return balance(rect, flow);
  }
  return balance(rect, fewest);
}

/**
 * Keeps the last box of a multi-box flow from being a near-empty widow: moves
 * paragraphs from the box before it while that makes the two more even.
 */
function balance(rect: Rect, flow: Flow): Flow {
  if (flow.pages.length < 2) return flow;
  const pages = flow.pages.map((p) => [...p]);
  const prev = pages[pages.length - 2]!;
  const last = pages[pages.length - 1]!;
  const height = (page: PlanParagraph[]): number => textHeight({ paragraphs: page, lineHeight: flow.lineHeight, paraSpace: flow.paraSpace });
  while (prev.length > 1) {
    const moved = [prev[prev.length - 1]!, ...last];
    const before = Math.abs(height(prev) - height(last));
    const after = Math.abs(height(prev.slice(0, -1)) - height(moved));
    if (after >= before || height(moved) > rect.h * PT) break;
    last.unshift(prev.pop()!);
  }
  return { ...flow, pages };
}

/** Flows the drafts at one size; undefined as soon as it needs more than `limit` boxes. */
function paginate(drafts: readonly ParagraphDraft[], rect: Rect, size: number, limit: number): Flow | undefined {
  const lineHeight = lineHeightFor(size);
  const paraSpace = paraSpaceFor(size);
  const capacity = rect.h * PT;
  const pages: PlanParagraph[][] = [[]];
  let used = 0;
  for (const draft of drafts) {
    const lines = wrapRuns(draft.runs, size, textWidthFor(rect.w, draft.indent));
    // Lines [from, lines.length) are still to place; a split paragraph continues without its bullet.
    let from = 0;
    while (from < lines.length) {
      const page = pages[pages.length - 1]!;
      const gap = page.length ? paraSpace : 0;
      const left = lines.length - from;
      const height = left * lineHeight;
      if (used + gap + height <= capacity) {
        page.push(piece(draft, lines, from, lines.length));
        used += gap + height;
        break;
      }
      const room = Math.floor((capacity - used - gap) / lineHeight);
      if (height > capacity && (room >= 2 || (room >= 1 && !page.length))) {
        page.push(piece(draft, lines, from, from + room));
        from += room;
      } else if (!page.length) {
        // Not even one line fits: the box is smaller than a line; keep the text rather than loop.
        page.push(piece(draft, lines, from, lines.length));
        used = capacity;
        break;
      }
      if (pages.length >= limit) return undefined;
      pages.push([]);
      used = 0;
    }
  }
  return { fontSize: size, lineHeight, paraSpace, pages };
}

/** Lines [from, to) of a wrapped draft as a paragraph; a piece after the first has no bullet and no leading spaces. */
function piece(draft: ParagraphDraft, lines: readonly WrappedLine[], from: number, to: number): PlanParagraph {
  if (from === 0 && to === lines.length) return { ...draft, lines: to - from };
  const end = to < lines.length ? lines[to]!.start : Number.POSITIVE_INFINITY;
  const runs = sliceRuns(draft.runs, from === 0 ? 0 : lines[from]!.start, end);
  return { ...draft, runs: from === 0 ? runs : trimStart(runs), bullet: from === 0 && draft.bullet, lines: to - from };
}

function trimStart(runs: PlanParagraph['runs']): PlanParagraph['runs'] {
  const [first, ...rest] = runs;
  if (!first) return runs;
  return [{ ...first, text: first.text.replace(/^ +/, '') }, ...rest].filter((r) => r.text.length > 0);
}
