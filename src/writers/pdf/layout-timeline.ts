import { hash, theme } from '../../theme.js';
import { inlineText, type TimelineNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type FlowRow, type LayoutContext } from './flow.js';
import { captionBlock } from './layout-key-figures.js';
import type { Mark } from './plan.js';
import { firstWords, textLines } from './text-rows.js';
import { plainRuns, styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const DATE_WIDTH = 92;
const AXIS_GAP = 14;
const GAP = 9;
const DOT = 4.2;

/**
 * The timeline as a vector figure: a vertical axis with a dot per event, the date left of it
 * and the label right of it. The graphics are a Figure (with the model's alt text); dates and
 * labels are a list, so they stay readable. Entries never split; the figure may continue overleaf.
 */
export function layoutTimeline(node: TimelineNode, ctx: LayoutContext, caption: boolean): FlowBlock[] {
  const figure = ctx.structure.add('Figure', 0, { alt: node.alt || node.title });
  const list = ctx.structure.add('L');
  const head = caption && node.title ? [captionBlock(node.title, list, ctx)] : [];
  const axisX = ctx.x + DATE_WIDTH + AXIS_GAP;
  const labelX = axisX + AXIS_GAP;
  const style = { ...type.fact, leading: type.fact.size * 1.38 };
  const xHeight = style.size * 0.54;
  const rows: FlowRow[] = node.events.map((event, i) => {
    const li = ctx.structure.add('LI', list);
    const lbl = ctx.structure.add('Lbl', li);
    const body = ctx.structure.add('LBody', li);
    const where = `timeline entry "${event.date}: ${firstWords(inlineText(event.label), 4)}"`;
    const date = textLines(plainRuns(event.date, true), { ...style, colour: theme.colour.dark, x: ctx.x, width: DATE_WIDTH, align: 'right', where }, ctx);
    const label = textLines(styledRuns(event.label), { ...style, colour: theme.colour.ink, x: labelX, width: ctx.x + ctx.width - labelX, where }, ctx);
    const height = Math.max(date.length, label.length, 1) * style.leading + GAP;
    const firstBaseline = (label[0] ?? date[0])?.[0]?.y ?? style.size;
    const cy = firstBaseline - xHeight / 2;
    const last = i === node.events.length - 1;
    const graphics: Mark[] = [
      { kind: 'line', x1: axisX, y1: i === 0 ? cy : 0, x2: axisX, y2: last ? cy : height, colour: hash(theme.colour.rule), width: 1.4 },
      { kind: 'circle', cx: axisX, cy, r: DOT, fill: hash(theme.colour.accent), stroke: hash(theme.colour.paper), lineWidth: 1.5 },
    ];
    return {
      height,
      items: [
        { tag: figure, marks: graphics },
        ...date.map((marks, n) => ({ tag: lbl, marks: shiftMarks(marks, n * style.leading) })),
        ...label.map((marks, n) => ({ tag: body, marks: shiftMarks(marks, n * style.leading) })),
      ],
    };
  });
  return [...head, { kind: 'timeline', rows, spaceBefore: space.blockBefore, spaceAfter: space.blockAfter, keepWithNext: false, minSplit: 1 }];
}
