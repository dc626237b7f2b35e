import { PT, type Rect } from './deck-geometry.js';
import { lineHeightFor, paraSpaceFor, textWidthFor, type ParagraphDraft } from './fit-text.js';
import { wrapRuns } from './measure-text.js';
import type { PlanParagraph } from './slide-plan.js';
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
    if (flow.pages.length <= fewest.pages.length) return balance(drafts, rect, flow);
  }
  return balance(drafts, rect, fewest);
}

/** Evens out a multi-box flow (no near-empty last slide): the least fill height that needs no more boxes. */
function balance(drafts: readonly ParagraphDraft[], rect: Rect, flow: Flow): Flow {
  if (flow.pages.length < 2) return flow;
  let low = (rect.h * PT) / 2;
  let high = rect.h * PT;
  let best = flow;
  for (let step = 0; step < 8; step++) {
    const mid = (low + high) / 2;
    const tried = paginate(drafts, rect, flow.fontSize, mid);
    if (tried.pages.length <= flow.pages.length) (best = tried), (high = mid);
    else low = mid;
  }
  return best;
}

function paginate(drafts: readonly ParagraphDraft[], rect: Rect, size: number, fill = rect.h * PT): Flow {
  const lineHeight = lineHeightFor(size);
  const paraSpace = paraSpaceFor(size);
  const boxHeight = rect.h * PT;
  const capacity = Math.min(fill, boxHeight);
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
    const tallerThanBox = height > boxHeight;
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
