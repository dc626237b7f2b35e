import { hash, theme } from '../../theme.js';
import type { ChartNode, TableCell } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import { captionBlock } from './layout-key-figures.js';
import { tableBlocks } from './layout-table.js';
import { drawBars, drawLines, drawPie, type ChartArea } from './chart-draw.js';
import type { Mark } from './plan.js';
import { space } from './typography.js';

/**
 * A chart: its title as a caption, the chart drawn in vectors (axes, gridlines, bars, lines or
 * slices; labels and values as real text) tagged as a Figure with the chart's alt text, then its
 * data as a tagged table, the accessible alternative. The figure is never split.
 */
export function layoutChart(node: ChartNode, ctx: LayoutContext, caption: boolean): FlowBlock[] {
  const figure = ctx.structure.add('Figure', 0, { alt: node.alt || node.title });
  const head = caption && node.title ? [captionBlock(node.title, figure, ctx)] : [];
  const area: ChartArea = { x: ctx.x, width: ctx.width, colours: theme.chart.map(hash) };
  const drawn = node.kind === 'pie' ? drawPie(node, area, ctx) : node.kind === 'line' ? drawLines(node, area, ctx) : drawBars(node, area, ctx);
  const marks: Mark[] = shiftMarks(drawn.marks, 4);
  const chart: FlowBlock = {
    kind: 'chart',
    rows: [{ height: drawn.height + 8, items: [{ tag: figure, marks }] }],
    spaceBefore: space.blockBefore,
    spaceAfter: 6,
    keepWithNext: false,
    minSplit: Infinity,
  };
  return [...head, chart, ...tableBlocks({ ...chartTable(node), caption: false }, ctx)];
}

const cell = (text: string, numeric = false): TableCell => ({ content: text ? [{ type: 'text', value: text }] : [], numeric });

/** A chart's data as a table: a row per category, a column per series (headed by its name, and the unit). */
export function chartTable(node: ChartNode): { title: string; columns: TableCell[]; rows: TableCell[][] } {
  const unit = node.unit ? ` (${node.unit})` : '';
  const columns = [cell(''), ...node.series.map((s) => cell(node.series.length === 1 && !s.name ? node.unit : `${s.name}${s.name === node.unit ? '' : unit}`, true))];
  const rows = node.categories.map((label, i) => [cell(label), ...node.series.map((s) => cell(s.values[i]?.text ?? '', true))]);
  return { title: node.title, columns, rows };
}
