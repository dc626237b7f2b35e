import { hash, theme } from '../../theme.js';
import type { ChartNode } from '../../model/document.js';
import { shiftMarks, type LayoutContext } from './flow.js';
import { formatShare, formatTick, niceScale, pieSlices, slicePoints } from '../chart-geometry.js';
import type { Mark, TextMark } from './plan.js';
import { textLines } from './text-rows.js';
import { plainRuns } from './styled-text.js';

/** Where a chart is drawn: its left edge and width, and the series colours (`#`-hex). */
export interface ChartArea {
  x: number;
  width: number;
  colours: readonly string[];
}

/** A chart's marks from y = 0 and the height they take. */
export interface DrawnChart {
  marks: Mark[];
  height: number;
}

const LABEL = { size: 8, leading: 10 };
const VALUE = { size: 8, leading: 10 };
const SWATCH = 8;
const PLOT_HEIGHT = 170;
/** The most the bars of a bar chart take together, so that the chart fits a page. */
const MAX_BARS_HEIGHT = 480;
const BAR_GAP = 0.35;
const rule = hash(theme.colour.rule);
const axis = hash(theme.colour.muted);

/** Sets a label into lines of `width`, aligned, its first line's top at `top`; returns the marks and the lines' height. */
function label(
  text: string,
  x: number,
  width: number,
  top: number,
  ctx: LayoutContext,
  look: { align?: 'left' | 'right' | 'center'; colour?: string; bold?: boolean; size?: number } = {},
): { marks: TextMark[]; height: number } {
  const size = look.size ?? LABEL.size;
  const leading = size * 1.25;
  const lines = textLines(
    plainRuns(text, look.bold),
    { size, leading, colour: look.colour ?? theme.colour.ink, x, width: Math.max(width, size), align: look.align ?? 'left', where: `chart label "${text.slice(0, 40)}"` },
    ctx,
  );
  return { marks: lines.flatMap((line, n) => shiftMarks(line, top + n * leading) as TextMark[]), height: lines.length * leading };
}

const widthOf = (text: string, ctx: LayoutContext, size = LABEL.size) => {
  const line = textLines(plainRuns(text), { size, leading: size * 1.25, colour: theme.colour.ink, x: 0, width: 1e5, where: 'chart label' }, { ...ctx, warnings: [] })[0] ?? [];
  return line.reduce((w, m) => w + m.width, 0);
};

/** The legend of a chart of several series: a swatch and a name each, in rows as wide as the chart. */
function legend(node: ChartNode, area: ChartArea, ctx: LayoutContext): { marks: Mark[]; height: number } {
  if (node.series.length < 2) return { marks: [], height: 0 };
  const marks: Mark[] = [];
  let x = area.x;
  let y = 0;
  node.series.forEach((s, i) => {
    const w = SWATCH + 5 + widthOf(s.name, ctx) + 16;
    if (x > area.x && x + w > area.x + area.width) {
      x = area.x;
      y += LABEL.leading + 4;
    }
    marks.push({ kind: 'rect', x, y: y + 1, w: SWATCH, h: SWATCH, fill: area.colours[i % area.colours.length] });
    marks.push(...label(s.name, x + SWATCH + 5, w, y, ctx).marks);
    x += w;
  });
  return { marks, height: y + LABEL.leading + 8 };
}

/** The value axis's tick labels, right-aligned left of the plot, and its width. */
function tickLabels(ticks: readonly number[], ctx: LayoutContext): { texts: string[]; width: number } {
  const texts = ticks.map((t) => formatTick(t, ctx.docLang));
  return { texts, width: Math.max(...texts.map((t) => widthOf(t, ctx))) + 6 };
}

/** A column chart (vertical bars) or a bar chart (horizontal bars), one bar per series in each category. */
export function drawBars(node: ChartNode, area: ChartArea, ctx: LayoutContext): DrawnChart {
  return node.kind === 'bar' ? drawHorizontal(node, area, ctx) : drawVertical(node, area, ctx, 'bars');
}

/** A line chart: a line per series through its values, a dot at each. */
export function drawLines(node: ChartNode, area: ChartArea, ctx: LayoutContext): DrawnChart {
  return drawVertical(node, area, ctx, 'lines');
}

function drawVertical(node: ChartNode, area: ChartArea, ctx: LayoutContext, style: 'bars' | 'lines'): DrawnChart {
  const marks: Mark[] = [];
  const key = legend(node, area, ctx);
  marks.push(...key.marks);
  const values = node.series.flatMap((s) => s.values.map((v) => v.value));
  const scale = niceScale(values);
  const ticks = tickLabels(scale.ticks, ctx);
  let top = key.height;
  if (node.unit) {
    const unit = label(node.unit, area.x, area.width, top, ctx, { colour: theme.colour.muted });
    marks.push(...unit.marks);
    top += unit.height + 4;
  }
  top += VALUE.leading;
  const left = area.x + ticks.width;
  const right = area.x + area.width;
  const band = (right - left) / Math.max(1, node.categories.length);
  // Category labels under the plot, each within its band; on a crowded axis every `step`th, on one line (the data table has them all).
  const widest = Math.max(...node.categories.map((c) => widthOf(c, ctx)));
  const step = widest + 4 <= band * 2 ? 1 : Math.ceil((widest + 4) / band);
  const cats = node.categories.map((text, i) =>
    i % step === 0
      ? label(text, left + (i + 0.5) * band - (step * band) / 2 + 1, step * band - 2, 0, ctx, { align: 'center', colour: theme.colour.muted })
      : { marks: [], height: 0 },
  );
  const catHeight = Math.max(LABEL.leading, ...cats.map((c) => c.height));
  const bottom = top + PLOT_HEIGHT;
  const y = (v: number) => bottom - ((v - scale.min) / (scale.max - scale.min)) * PLOT_HEIGHT;
  scale.ticks.forEach((t, i) => {
    const isZero = t === 0;
    marks.push({ kind: 'line', x1: left, y1: y(t), x2: right, y2: y(t), colour: isZero ? axis : rule, width: isZero ? 0.9 : 0.5 });
    marks.push(...label(ticks.texts[i]!, area.x, ticks.width - 6, y(t) - LABEL.leading / 2, ctx, { align: 'right', colour: theme.colour.muted }).marks);
  });
  cats.forEach((c) => marks.push(...shiftMarks(c.marks, bottom + 5)));
  const single = node.series.length === 1;
  if (style === 'bars') {
    const group = band * (1 - BAR_GAP);
    const barW = group / node.series.length;
    node.series.forEach((s, k) => {
      const colour = area.colours[k % area.colours.length]!;
      s.values.forEach((v, i) => {
        const x = left + i * band + (band - group) / 2 + k * barW;
        const [y0, y1] = [y(Math.max(0, v.value)), y(Math.min(0, v.value))];
        marks.push({ kind: 'rect', x: x + 0.5, y: y0, w: barW - 1, h: Math.max(0.5, y1 - y0), fill: colour });
        if (widthOf(v.text, ctx, VALUE.size) <= (single ? band : barW) - 2) {
          const at = v.value >= 0 ? y0 - VALUE.leading - 1 : y1 + 1;
          marks.push(...label(v.text, x - 20, barW + 40, at, ctx, { align: 'center', colour: theme.colour.ink, bold: single, size: VALUE.size }).marks);
        }
      });
    });
  } else {
    node.series.forEach((s, k) => {
      const colour = area.colours[k % area.colours.length]!;
      const points = s.values.map((v, i) => [left + (i + 0.5) * band, y(v.value)] as const);
      marks.push({ kind: 'path', points, closed: false, stroke: colour, lineWidth: 2 });
      points.forEach(([cx, cy], i) => {
        marks.push({ kind: 'circle', cx, cy, r: 2.8, fill: colour, stroke: hash(theme.colour.paper), lineWidth: 1 });
        const text = s.values[i]!.text;
        if (single && widthOf(text, ctx, VALUE.size) <= band - 2)
          marks.push(...label(text, cx - band / 2, band, cy - VALUE.leading - 4, ctx, { align: 'center', bold: true, size: VALUE.size }).marks);
      });
    });
  }
  return { marks, height: bottom + 5 + catHeight };
}

function drawHorizontal(node: ChartNode, area: ChartArea, ctx: LayoutContext): DrawnChart {
  const marks: Mark[] = [];
  const key = legend(node, area, ctx);
  marks.push(...key.marks);
  const values = node.series.flatMap((s) => s.values.map((v) => v.value));
  const scale = niceScale(values, 4);
  const labelW = Math.min(area.width * 0.34, Math.max(...node.categories.map((c) => widthOf(c, ctx))) + 10);
  const left = area.x + labelW;
  const valueRoom = Math.max(...node.series.flatMap((s) => s.values.map((v) => widthOf(v.text, ctx, VALUE.size)))) + 8;
  const right = area.x + area.width - valueRoom;
  const x = (v: number) => left + ((v - scale.min) / (scale.max - scale.min)) * (right - left);
  let top = key.height;
  if (node.unit) {
    const unit = label(node.unit, left, right - left, top, ctx, { colour: theme.colour.muted });
    marks.push(...unit.marks);
    top += unit.height + 4;
  }
  // Bars 12 points thick, thinner when there are many, so that the chart stays within a page.
  const barH = Math.max(3, Math.min(12, (MAX_BARS_HEIGHT / node.categories.length - 6) / node.series.length));
  const cats = node.categories.map((text) => label(text, area.x, labelW - 10, 0, ctx, { align: 'right', colour: theme.colour.ink }));
  const bands = cats.map((c) => Math.max(node.series.length * barH + 6, c.height + 4));
  const bottom = top + bands.reduce((a, b) => a + b, 0);
  scale.ticks.forEach((t) => {
    const isZero = t === 0;
    marks.push({ kind: 'line', x1: x(t), y1: top, x2: x(t), y2: bottom, colour: isZero ? axis : rule, width: isZero ? 0.9 : 0.5 });
    const text = formatTick(t, ctx.docLang);
    marks.push(...label(text, x(t) - 30, 60, bottom + 4, ctx, { align: 'center', colour: theme.colour.muted }).marks);
  });
  let bandTop = top;
  cats.forEach((c, i) => {
    const h = bands[i]!;
    marks.push(...shiftMarks(c.marks, bandTop + (h - c.height) / 2));
    const groupTop = bandTop + (h - node.series.length * barH) / 2;
    node.series.forEach((s, k) => {
      const v = s.values[i]!;
      const [x0, x1] = [x(Math.min(0, v.value)), x(Math.max(0, v.value))];
      const by = groupTop + k * barH;
      marks.push({ kind: 'rect', x: x0, y: by + 1, w: Math.max(0.5, x1 - x0), h: barH - 2, fill: area.colours[k % area.colours.length]! });
      marks.push(...label(v.text, x1 + 4, valueRoom, by + (barH - VALUE.leading) / 2, ctx, { bold: node.series.length === 1, size: VALUE.size }).marks);
    });
    bandTop += h;
  });
  return { marks, height: bottom + 4 + LABEL.leading };
}

/** A pie: slices clockwise from twelve o'clock, with a legend beside it (label, value and share). */
export function drawPie(node: ChartNode, area: ChartArea, ctx: LayoutContext): DrawnChart {
  const marks: Mark[] = [];
  const values = node.series[0]?.values ?? [];
  const slices = pieSlices(values.map((v) => v.value));
  const r = Math.min(95, area.width * 0.22);
  const cx = area.x + r + 10;
  const legendX = cx + r + 34;
  const legendW = area.x + area.width - legendX;
  let y = 0;
  if (node.unit) {
    const unit = label(node.unit, legendX, legendW, y, ctx, { colour: theme.colour.muted });
    marks.push(...unit.marks);
    y += unit.height + 6;
  }
  const shareW = Math.max(...slices.map((s) => widthOf(formatShare(s.share, ctx.docLang), ctx))) + 4;
  const valueW = Math.max(...values.map((v) => widthOf(v.text, ctx))) + 10;
  const textW = legendW - SWATCH - 8 - valueW - shareW;
  node.categories.forEach((text, i) => {
    const colour = area.colours[i % area.colours.length]!;
    const name = label(text, legendX + SWATCH + 8, textW, y, ctx);
    const h = Math.max(name.height, LABEL.leading) + 5;
    marks.push({ kind: 'rect', x: legendX, y: y + 1, w: SWATCH, h: SWATCH, fill: colour });
    marks.push(...name.marks);
    marks.push(...label(values[i]?.text ?? '', legendX + SWATCH + 8 + textW, valueW, y, ctx, { align: 'right', bold: true }).marks);
    marks.push(...label(formatShare(slices[i]?.share ?? 0, ctx.docLang), legendX + legendW - shareW, shareW, y, ctx, { align: 'right', colour: theme.colour.muted }).marks);
    y += h;
  });
  const height = Math.max(2 * r + 8, y);
  const cy = height / 2;
  // The legend is centred beside the pie when the pie is the taller.
  const legend = shiftMarks(marks.splice(0), (height - y) / 2);
  marks.push(...legend);
  slices.forEach((slice, i) => {
    if (slice.end - slice.start <= 0) return;
    marks.unshift({
      kind: 'path',
      points: slicePoints(cx, cy, r, slice),
      closed: true,
      fill: area.colours[i % area.colours.length]!,
      stroke: hash(theme.colour.paper),
      lineWidth: 1.2,
    });
  });
  return { marks, height };
}
