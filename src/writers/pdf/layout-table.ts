import { hash, theme } from '../../theme.js';
import type { TableCell, TableNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type FlowRow, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { hasCjk } from './scripts.js';
import { firstWords, textLines, type TextStyle } from './text-rows.js';
import { styledRuns, type StyledRun } from './styled-text.js';
import { space, type } from './typography.js';
import { captionBlock } from './layout-key-figures.js';
import { shareColumns } from '../table-columns.js';

const PAD = { x: 6, y: 4 };
const CELL = { size: type.fact.size, leading: type.fact.size * 1.3 };
/** A table's header row stays on its page with at least this many rows (the header and one row). */
const MIN_SPLIT = 2;

/** What a table is laid out from: a table node, or a chart's data. */
export interface TableSpec {
  title: string;
  columns: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  /** Structure element the table goes under (the root when omitted). */
  parent?: number;
  /** Draws the title as the table's caption; false when a heading or figure just before says it. */
  caption: boolean;
}

/** A table node: its title as a caption, then the table, the header repeated on every page it continues on. */
export function layoutTable(node: TableNode, ctx: LayoutContext, caption: boolean): FlowBlock[] {
  return tableBlocks({ title: node.title, columns: node.columns, rows: node.rows, caption }, ctx);
}

/**
 * A table as flow blocks: Table › Caption, TR › TH (scope Column) for the header, TR › TD for each
 * row. Rows never split; the block may continue over pages, where the header row is drawn again
 * (as an artifact: the tagged header is the first one). Numeric columns are set flush right.
 */
export function tableBlocks(spec: TableSpec, ctx: LayoutContext): FlowBlock[] {
  const table = ctx.structure.add('Table', spec.parent ?? 0);
  const head = spec.caption && spec.title ? [captionBlock(spec.title, table, ctx)] : [];
  const numeric = spec.columns.map((_, c) => spec.rows.length > 0 && spec.rows.every((row) => row[c]?.numeric ?? true));
  const widths = columnWidths(spec, ctx);
  const where = `table "${firstWords(spec.title, 4)}"`;
  const header = tableRow(spec.columns, true, widths, numeric, table, ctx, where, 0);
  const rows = spec.rows.map((row, r) => tableRow(row, false, widths, numeric, table, ctx, where, r + 1));
  const copy: FlowRow = { height: header.height, items: header.items.map((item) => ({ tag: 'artifact', artifact: 'Layout', marks: item.marks })) };
  return [
    ...head,
    { kind: 'table', rows: [header, ...rows], header: copy, spaceBefore: space.blockBefore, spaceAfter: space.blockAfter, keepWithNext: false, minSplit: MIN_SPLIT },
  ];
}

/** One row: a TR with a cell element per column; the header gets a dark rule below, body rows a light one and banding. */
function tableRow(
  cells: readonly TableCell[],
  isHeader: boolean,
  widths: readonly number[],
  numeric: readonly boolean[],
  table: number,
  ctx: LayoutContext,
  where: string,
  index: number,
): FlowRow {
  const tr = ctx.structure.add('TR', table);
  const items: PlanItem[] = [];
  let lines = 1;
  let x = ctx.x;
  const set = widths.map((w, c) => {
    const cell = cells[c];
    const tag = ctx.structure.add(isHeader ? 'TH' : 'TD', tr, isHeader ? { scope: 'Column' } : {});
    const style: TextStyle = { ...CELL, colour: isHeader ? theme.colour.dark : theme.colour.ink, x: x + PAD.x, width: w - 2 * PAD.x, align: numeric[c] ? 'right' : 'left', where };
    const runs = cell ? styledRuns(cell.content, { bold: isHeader }) : [];
    const marks = runs.length ? textLines(runs, style, ctx) : [];
    lines = Math.max(lines, marks.length);
    x += w;
    return { tag, marks };
  });
  const height = lines * CELL.leading + 2 * PAD.y;
  const background: PlanItem['marks'] = [];
  if (!isHeader && index % 2 === 0) background.push({ kind: 'rect', x: ctx.x, y: 0, w: ctx.width, h: height, fill: hash(theme.colour.panel) });
  background.push({
    kind: 'line',
    x1: ctx.x,
    y1: height,
    x2: ctx.x + ctx.width,
    y2: height,
    colour: hash(isHeader ? theme.colour.dark : theme.colour.rule),
    width: isHeader ? 1 : 0.5,
  });
  items.push({ tag: 'artifact', artifact: 'Layout', marks: background });
  for (const { tag, marks } of set) marks.forEach((line, n) => items.push({ tag, marks: shiftMarks(line, PAD.y + n * CELL.leading) }));
  return { height, items };
}

/**
 * Column widths across the text column: each column's natural width (its longest cell on one line)
 * when they all fit, widened alike; otherwise each gets its longest word and shares the rest in
 * proportion to how much more it would take.
 */
function columnWidths(spec: TableSpec, ctx: LayoutContext): number[] {
  const n = spec.columns.length;
  const natural = new Array<number>(n).fill(0);
  const least = new Array<number>(n).fill(0);
  const probe = { ...ctx, warnings: [] };
  const measureCell = (cell: TableCell | undefined, c: number, bold: boolean) => {
    if (!cell) return;
    const runs = styledRuns(cell.content, { bold });
    if (!runs.length) return;
    const line = textLines(runs, { ...CELL, colour: theme.colour.ink, x: 0, width: 1e5, where: 'table cell' }, probe)[0] ?? [];
    natural[c] = Math.max(natural[c]!, line.reduce((w, m) => w + m.width, 0) * 1.03 + 1 + 2 * PAD.x);
    least[c] = Math.max(least[c]!, longestWord(runs, ctx) + 2 * PAD.x);
  };
  spec.columns.forEach((cell, c) => measureCell(cell, c, true));
  for (const row of spec.rows) row.forEach((cell, c) => measureCell(cell, c, false));
  return shareColumns(natural, least, ctx.width);
}

/** The widest word of some runs (CJK text breaks between characters: two of them). */
function longestWord(runs: readonly StyledRun[], ctx: LayoutContext): number {
  let widest = 0;
  for (const run of runs) {
    const face = run.bold ? 'latin-bold' : 'latin';
    for (const word of run.text.split(/\s+/)) {
      if (!word) continue;
      widest = Math.max(widest, hasCjk(word) ? 2 * CELL.size : ctx.measurer.width(word, face, CELL.size) * 1.03 + 1);
    }
  }
  return widest;
}
