import { hash, theme } from '../../theme.js';
import { inlineText, type KeyFigure, type KeyFiguresNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type FlowRow, type LayoutContext } from './flow.js';
import type { PlanItem, TextMark } from './plan.js';
import { firstWords, shrinkToLines, textLines } from './text-rows.js';
import { plainRuns, styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const PER_ROW = 3;
const GAP = 16;
/** A figure that is more than a number shrinks to this size to keep within two lines, then wraps. */
const VALUE_MIN = 12;
const VALUE_LINES = 2;
const TOP = 10;

/**
 * Headline figures as cards (big number over its label), up to three a row; a card row splits only
 * when taller than a page. Cards too long for a page side by side are set one under another, full
 * width, so that each reads on across the page break rather than alternating with its neighbours.
 */
export function layoutKeyFigures(node: KeyFiguresNode, ctx: LayoutContext, caption: boolean): FlowBlock[] {
  const list = ctx.structure.add('L');
  const rows: FlowRow[] = [];
  const head = caption && node.title ? [captionBlock(node.title, list, ctx)] : [];
  const cardW = (ctx.width - GAP * (PER_ROW - 1)) / PER_ROW;
  // Measuring a card says nothing (its warnings are given when it is laid out).
  const probe = { ...ctx, warnings: [] };
  for (let start = 0; start < node.figures.length; start += PER_ROW) {
    const group = node.figures.slice(start, start + PER_ROW);
    if (Math.max(...group.map((fig) => card(fig, 0, cardW, probe).height)) <= ctx.frameHeight) rows.push(cardRow(group, cardW, list, ctx));
    else for (const fig of group) rows.push(cardRow([fig], ctx.width, list, ctx));
  }
  return [...head, { kind: 'key-figures', rows, spaceBefore: space.blockBefore, spaceAfter: space.blockAfter, keepWithNext: false, minSplit: 1 }];
}

/** The lines of one card, from y = 0: its value, then its label. */
function card(fig: KeyFigure, x: number, width: number, ctx: LayoutContext): { value: TextMark[][]; label: TextMark[][]; height: number } {
  const where = `key figure "${firstWords(`${fig.value} ${inlineText(fig.label)}`, 5)}"`;
  const valueRuns = plainRuns(fig.value, true);
  const valueStyle = shrinkToLines(valueRuns, { ...type.figure, colour: theme.colour.accent, x, width, where }, ctx, VALUE_MIN, VALUE_LINES);
  const value = textLines(valueRuns, valueStyle, ctx).map((marks, n) => shiftMarks(marks, TOP + n * valueStyle.leading) as TextMark[]);
  const labelTop = TOP + value.length * valueStyle.leading + 2;
  const label = textLines(styledRuns(fig.label), { ...type.fact, colour: theme.colour.ink, x, width, where }, ctx).map(
    (marks, n) => shiftMarks(marks, labelTop + n * type.fact.leading) as TextMark[],
  );
  return { value, label, height: labelTop + label.length * type.fact.leading + 8 };
}

/** One row of cards side by side, each tagged LI › Lbl (value) + LBody (label). */
function cardRow(group: readonly KeyFigure[], width: number, list: number, ctx: LayoutContext): FlowRow {
  const items: PlanItem[] = [];
  let height = 0;
  group.forEach((fig, i) => {
    const x = ctx.x + i * (width + GAP);
    const li = ctx.structure.add('LI', list);
    const lbl = ctx.structure.add('Lbl', li);
    const body = ctx.structure.add('LBody', li);
    const { value, label, height: h } = card(fig, x, width, ctx);
    items.push({ tag: 'artifact', artifact: 'Layout', marks: [{ kind: 'rect', x, y: 0, w: width, h: 2, fill: hash(theme.colour.accent) }] });
    for (const marks of value) items.push({ tag: lbl, marks });
    for (const marks of label) items.push({ tag: body, marks });
    height = Math.max(height, h);
  });
  return { height, items };
}

/** A block title drawn above a figure (when no heading just before says the same), kept with it. */
export function captionBlock(title: string, parent: number, ctx: LayoutContext): FlowBlock {
  const tag = ctx.structure.add('Caption', parent);
  const lines = textLines(plainRuns(title, true), { ...type.h3, colour: theme.colour.dark, where: `caption "${firstWords(title)}"` }, ctx);
  const rows = lines.map((marks) => ({ height: type.h3.leading, items: [{ tag, marks }] }));
  return { kind: 'heading', rows, spaceBefore: space.blockBefore, spaceAfter: 4, keepWithNext: true, minSplit: Infinity };
}
