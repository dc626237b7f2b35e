import { inlineText, type Block, type ChartNode, type Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import { planContent } from './plan-content.js';
import { planTitle, type PlanContext } from './plan-context.js';
import { planTable } from './plan-table.js';
import type { ChartBox, PlannedSlide } from './slide-plan.js';
import { plainRuns } from './text-runs.js';

/** Labels, legend and values of a chart on a slide, in points: as large as body text allows. */
const CHART_TEXT = 16;

/** Whether a block has a slide (or slides) of its own: a chart or a table. */
export function hasOwnSlide(block: Block): boolean {
  return block.type === 'chart' || block.type === 'table';
}

/**
 * A content slide that holds charts or tables: each chart on a slide of its own, each table on
 * as many as it needs; text around them is planned as on any content slide, in order. Every
 * slide after the first is titled "… (cont.)".
 */
export function planDataSlides(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const out: PlannedSlide[] = [];
  let text: Block[] = [];
  const flush = () => {
    if (text.length) out.push(...planContent(slide, from, ctx, text, out.length > 0));
    text = [];
  };
  for (const block of slide.body) {
    if (block.type === 'chart') {
      flush();
      out.push(planChart(slide, block, from, ctx, out.length > 0));
    } else if (block.type === 'table') {
      flush();
      out.push(...planTable(slide, block, from, ctx, out.length > 0));
    } else text.push(block);
  }
  flush();
  return out;
}

/** One slide with one native chart across the body area, in the palette of the theme. */
function planChart(slide: Slide, node: ChartNode, from: number, ctx: PlanContext, continued: boolean): PlannedSlide {
  const area = ctx.frame.body;
  const sameTitle = inlineText(slide.title).trim() === node.title.trim();
  const lang = plainRuns('x', ctx.lang)[0]?.lang ?? ctx.lang;
  const chart: ChartBox = {
    ...area,
    kind: node.kind,
    title: sameTitle ? '' : node.title,
    categories: node.categories,
    series: node.series.map((s) => ({ name: s.name, values: s.values.map((v) => v.value) })),
    colours: [...theme.chart],
    unit: node.unit,
    alt: node.alt || node.title,
    fontSize: CHART_TEXT,
    numberFormat: numberFormat(node),
    lang,
  };
  return { layout: 'content', title: planTitle(slide, 'content', continued, ctx), boxes: [], shapes: [], charts: [chart], notes: [], from, continued };
}

/** The Excel number format that shows every value as the source gives it: grouped digits, and as many decimals as the values have (at most three). */
function numberFormat(node: ChartNode): string {
  const decimals = Math.max(0, ...node.series.flatMap((s) => s.values.map((v) => (String(v.value).split('.')[1] ?? '').length)));
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(3, decimals))}`;
}
