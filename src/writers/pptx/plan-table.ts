import type { Slide, TableCell, TableNode } from '../../model/document.js';
import { PT } from './deck-geometry.js';
import { shareColumns } from '../table-columns.js';
import { lineHeightFor } from './fit-text.js';
import { textWidth, wrapRuns } from './measure-text.js';
import { planTitle, warn, type PlanContext } from './plan-context.js';
import type { PlannedSlide, PlanRun, TableBox, TableCellBox } from './slide-plan.js';
import { runsText, textRuns } from './text-runs.js';

/** Type sizes a table's text may take, largest first: the largest at which its widest row is at most two lines. */
const SIZES = [16, 15, 14, 13, 12] as const;
/** Cell margins in inches: top, right, bottom, left. */
const MARGIN: [number, number, number, number] = [0.05, 0.1, 0.05, 0.1];
/** Share of a cell's width text may fill: room for renderer differences, as for text boxes. */
const WIDTH_SAFETY = 0.94;

interface Measured {
  rows: TableCellBox[][];
  colW: number[];
  rowH: number[];
  size: number;
  lineHeight: number;
}

/**
 * A table as native tables on as many slides as it needs: the header row at the top of every
 * slide, whole rows below it (a row is never split), each slide after the first titled "… (cont.)".
 * Column widths and row heights are measured like the rest of the deck's text.
 */
export function planTable(slide: Slide, node: TableNode, from: number, ctx: PlanContext, startContinued: boolean): PlannedSlide[] {
  const area = ctx.frame.body;
  const m = measure(node, area.w, ctx);
  const [header, ...body] = m.rows;
  const [headerH = 0, ...bodyH] = m.rowH;
  const pages: number[][] = [];
  let page: number[] = [];
  let used = headerH;
  bodyH.forEach((h, i) => {
    if (page.length && used + h > area.h) {
      pages.push(page);
      page = [];
      used = headerH;
    }
    if (used + h > area.h)
      warn(ctx, 'W_PPTX_TABLE_ROW_TALL', `a row of the table "${node.title}" is taller than a slide even alone under its header; it runs past the slide's foot`);
    page.push(i);
    used += h;
  });
  if (page.length || !pages.length) pages.push(page);
  return pages.map((rows, k) => {
    const table: TableBox = {
      x: area.x,
      y: area.y,
      w: area.w,
      colW: m.colW,
      rowH: [headerH, ...rows.map((i) => bodyH[i]!)],
      rows: [header ?? [], ...rows.map((i) => body[i]!)],
      fontSize: m.size,
      lineHeight: m.lineHeight,
      margin: MARGIN,
    };
    const continued = startContinued || k > 0;
    return { layout: 'content', title: planTitle(slide, 'content', continued, ctx), boxes: [], shapes: [], tables: [table], notes: [], from, continued };
  });
}

/** Cells as runs, widths shared out by the text's measure, and row heights at the chosen size. */
function measure(node: TableNode, width: number, ctx: PlanContext): Measured {
  const numeric = node.columns.map((_, c) => node.rows.length > 0 && node.rows.every((row) => row[c]?.numeric ?? true));
  const toBox = (cell: TableCell | undefined, c: number, bold: boolean): TableCellBox => ({
    runs: textRuns(cell?.content ?? [], ctx.lang).map((r) => (bold ? { ...r, bold: true } : r)),
    align: numeric[c] ? 'right' : 'left',
  });
  const rows = [node.columns.map((cell, c) => toBox(cell, c, true)), ...node.rows.map((row) => node.columns.map((_, c) => toBox(row[c], c, false)))];
  const inner = (w: number) => (w - MARGIN[1] - MARGIN[3]) * PT * WIDTH_SAFETY;
  let best: Measured | undefined;
  for (const size of SIZES) {
    const colW = columnWidths(rows, width, size);
    const lineHeight = lineHeightFor(size);
    const lines = rows.map((row) => Math.max(1, ...row.map((cell, c) => (cell.runs.length ? wrapRuns(cell.runs, size, inner(colW[c]!)).length : 1))));
    const rowH = lines.map((n) => (n * lineHeight) / PT + MARGIN[0] + MARGIN[2] + 0.04);
    best = { rows, colW, rowH, size, lineHeight };
    if (Math.max(...lines) <= 2) break;
  }
  return best!;
}

/**
 * Column widths in inches: natural widths (the longest cell on one line) widened alike when they
 * fit; else each column gets its longest word and shares the rest by how much more it would take.
 */
function columnWidths(rows: readonly TableCellBox[][], width: number, size: number): number[] {
  const n = rows[0]?.length ?? 1;
  const pad = MARGIN[1] + MARGIN[3];
  const inches = (runs: readonly PlanRun[], text: string) =>
    textWidth(
      text,
      size,
      runs.some((r) => r.bold),
    ) /
      PT /
      WIDTH_SAFETY +
    pad;
  const natural = new Array<number>(n).fill(pad);
  const least = new Array<number>(n).fill(pad);
  for (const row of rows) {
    row.forEach((cell, c) => {
      const text = runsText(cell.runs);
      natural[c] = Math.max(natural[c]!, inches(cell.runs, text));
      for (const word of text.split(/\s+/)) if (word && !/[\u3000-\u9fff]/.test(word)) least[c] = Math.max(least[c]!, inches(cell.runs, word));
    });
  }
  return shareColumns(natural, least, width);
}
