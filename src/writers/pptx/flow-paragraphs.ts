import { PT, type Rect } from './deck-geometry.js';
import { lineHeightFor, paraSpaceFor, textWidthFor, type ParagraphDraft } from './fit-text.js';
import { wrapRuns } from './measure-text.js';
import { textHeight, type PlanParagraph } from './slide-plan.js';
import { splitRuns } from './text-runs.js';

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
 */
export function flowParagraphs(drafts: readonly ParagraphDraft[], rect: Rect, sizes: { max: number; min: number }): Flow {
  const fewest = paginate(drafts, rect, sizes.min);
  for (let size = sizes.max; size > sizes.min; size--) {
    const flow = paginate(drafts, rect, size);
    if (flow.pages.length <= fewest.pages.length) return balance(rect, flow);
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

function paginate(drafts: readonly ParagraphDraft[], rect: Rect, size: number): Flow {
  const lineHeight = lineHeightFor(size);
  const paraSpace = paraSpaceFor(size);
  const capacity = rect.h * PT;
  const pages: PlanParagraph[][] = [[]];
  let used = 0;
  const queue = [...drafts];
  while (queue.length) {
    const draft = queue.shift()!;
    const page = pages[pages.length - 1]!;
    const gap = page.length ? paraSpace : 0;
    const lines = wrapRuns(draft.runs, size, textWidthFor(rect.w, draft.indent));
    const height = lines.length * lineHeight;
    if (used + gap + height <= capacity) {
      page.push({ ...draft, lines: lines.length });
      used += gap + height;
      continue;
    }
    const room = Math.floor((capacity - used - gap) / lineHeight);
    const tallerThanBox = height > capacity;
    if (tallerThanBox && (room >= 2 || (room >= 1 && !page.length))) {
      const [head, tail] = splitRuns(draft.runs, lines[room]!.start);
      page.push({ ...draft, runs: head, lines: room });
      queue.unshift({ ...draft, runs: trimStart(tail), bullet: false });
    } else if (!page.length) {
      // Not even one line fits: the box is smaller than a line; keep the text rather than loop.
      page.push({ ...draft, lines: lines.length });
      used = capacity;
      continue;
    } else {
      queue.unshift(draft);
    }
    pages.push([]);
    used = 0;
  }
  return { fontSize: size, lineHeight, paraSpace, pages };
}

function trimStart(runs: PlanParagraph['runs']): PlanParagraph['runs'] {
  const [first, ...rest] = runs;
  if (!first) return runs;
  return [{ ...first, text: first.text.replace(/^ +/, '') }, ...rest].filter((r) => r.text.length > 0);
}
