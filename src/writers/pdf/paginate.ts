import type { Warning } from '../../model/document.js';
import { cutRow, shiftMarks, type FlowBlock, type FlowRow } from './flow.js';
import type { OutlineEntry, PlanItem } from './plan.js';

/** Which rows of which block a page holds: what the pagination tests check. */
export interface Placement {
  block: number;
  kind: FlowBlock['kind'];
  /** First row placed here and one past the last. */
  from: number;
  to: number;
  /** Rows in the whole block. */
  of: number;
  top: number;
  bottom: number;
}

/** A page after pagination, before running header and footer. */
export interface PaginatedPage {
  items: PlanItem[];
  outline: OutlineEntry[];
  placements: Placement[];
}

/** The vertical frame content may use: `firstTop` lets a cover start at the top edge. */
export interface Frame {
  top: number;
  firstTop: number;
  bottom: number;
}

/** The least room worth starting the first part of a row taller than a page in, below other content. */
const MIN_PART = 120;

/**
 * Places blocks on pages. Rules: a block with `keepWithNext` moves to the next page unless what
 * follows can start below it; a split leaves at least `minSplit` rows on both sides (no widows,
 * no orphans); a block with `minSplit: Infinity` is never split unless it is taller than a page.
 * A row taller than a page (a cover, panel or card with very long text) is cut where the page
 * ends, so nothing is ever drawn past a page's edge.
 */
export function paginate(blocks: readonly FlowBlock[], frame: Frame, warnings: Warning[]): PaginatedPage[] {
  const pages: PaginatedPage[] = [];
  let page!: PaginatedPage;
  let y = 0;
  let top = 0;
  const newPage = () => {
    page = { items: [], outline: [], placements: [] };
    top = pages.length === 0 ? frame.firstTop : frame.top;
    pages.push(page);
    y = top;
  };
  newPage();
  const tallest = frame.bottom - frame.top;
  let spaceAfter = 0;
  blocks.forEach((block, index) => {
    const rows = [...block.rows];
    let warned = false;
    const tooTall = () => {
      if (!warned) warnings.push({ code: 'pdf-block-too-tall', message: `A ${block.kind} block is taller than a page and had to be split.` });
      warned = true;
    };
    // Below a repeated header row, the block goes on without a gap.
    let headed = false;
    const atTop = () => y === top || headed;
    const gap = () => (atTop() ? 0 : Math.max(spaceAfter, block.spaceBefore));
    if (block.keepWithNext && y !== top && y + gap() + height(rows) + leadNeeded(blocks, index + 1, tallest) > frame.bottom) newPage();
    let row = 0;
    while (row < rows.length) {
      const start = y + gap();
      const tall = rows[row]!;
      if (tall.height > frame.bottom - start && tall.height > tallest) {
        // Cut here when the block may split and enough of it fits below what the page holds; else on a page of its own.
        if (!atTop() && (!Number.isFinite(block.minSplit) || frame.bottom - start < MIN_PART)) {
          newPage();
          continue;
        }
        rows.splice(row, 1, ...cutRow(tall, frame.bottom - start));
        tooTall();
      }
      const fit = rowsThatFit(rows, row, frame.bottom - start);
      const remaining = rows.length - row;
      let take = fit;
      if (fit < remaining) {
        take = Math.min(fit, remaining - block.minSplit);
        if (take < block.minSplit) take = 0;
        if (take === 0 && atTop()) {
          // Taller than a page even on its own: split where it must, and say so.
          take = Math.max(1, fit);
          tooTall();
        }
      }
      if (take > 0) {
        y = place(page, block, rows, index, row, row + take, start);
        row += take;
        headed = false;
      }
      if (row < rows.length) {
        newPage();
        if (block.header && row > 0 && !headed) {
          for (const item of block.header.items) page.items.push({ ...item, marks: shiftMarks(item.marks, y) });
          y += block.header.height;
          headed = true;
        }
      }
    }
    spaceAfter = block.spaceAfter;
  });
  return pages;
}

function place(page: PaginatedPage, block: FlowBlock, rows: readonly FlowRow[], index: number, from: number, to: number, start: number): number {
  let y = start;
  if (from === 0 && block.outline) page.outline.push({ ...block.outline, top: start });
  for (const row of rows.slice(from, to)) {
    for (const item of row.items) page.items.push({ ...item, marks: shiftMarks(item.marks, y) });
    y += row.height;
  }
  page.placements.push({ block: index, kind: block.kind, from, to, of: rows.length, top: start, bottom: y });
  return y;
}

function rowsThatFit(rows: readonly FlowRow[], from: number, room: number): number {
  let used = 0;
  let n = 0;
  for (const row of rows.slice(from)) {
    if (used + row.height > room + 0.01) break;
    used += row.height;
    n++;
  }
  return n;
}

function height(rows: FlowBlock['rows']): number {
  return rows.reduce((sum, r) => sum + r.height, 0);
}

// Room a kept-with-next block needs below it: the smallest start of what follows (a part of a row taller than a page).
function leadNeeded(blocks: readonly FlowBlock[], index: number, tallest: number): number {
  const next = blocks[index];
  if (!next) return 0;
  const splittable = Number.isFinite(next.minSplit) && next.rows.length >= 2 * next.minSplit;
  const lead =
    next.spaceBefore +
    Math.min(
      splittable ? height(next.rows.slice(0, next.minSplit)) : height(next.rows),
      Number.isFinite(next.minSplit) && height(next.rows) > tallest ? MIN_PART : Number.POSITIVE_INFINITY,
    );
  return lead + (next.keepWithNext ? leadNeeded(blocks, index + 1, tallest) : 0);
}
