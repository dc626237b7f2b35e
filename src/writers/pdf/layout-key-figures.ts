import { hash, theme } from '../../theme.js';
import { inlineText, type KeyFiguresNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type FlowRow, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { firstWords, shrinkToLines, textLines } from './text-rows.js';
import { plainRuns, styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const PER_ROW = 3;
const GAP = 16;
/** A figure that is more than a number shrinks to this size to keep within two lines, then wraps. */
const VALUE_MIN = 12;
const VALUE_LINES = 2;

/** Headline figures as cards (big number over its label), up to three a row; a card row splits only when taller than a page. */
export function layoutKeyFigures(node: KeyFiguresNode, ctx: LayoutContext, caption: boolean): FlowBlock[] {
  const list = ctx.structure.add('L');
  const rows: FlowRow[] = [];
  const head = caption && node.title ? [captionBlock(node.title, list, ctx)] : [];
  const cardW = (ctx.width - GAP * (PER_ROW - 1)) / PER_ROW;
  for (let start = 0; start < node.figures.length; start += PER_ROW) {
    const items: PlanItem[] = [];
    let height = 0;
    node.figures.slice(start, start + PER_ROW).forEach((fig, i) => {
      const x = ctx.x + i * (cardW + GAP);
      const li = ctx.structure.add('LI', list);
      const lbl = ctx.structure.add('Lbl', li);
      const body = ctx.structure.add('LBody', li);
      const where = `key figure "${fig.value} ${firstWords(inlineText(fig.label), 4)}"`;
      const valueRuns = plainRuns(fig.value, true);
      const valueStyle = shrinkToLines(valueRuns, { ...type.figure, colour: theme.colour.accent, x, width: cardW, where }, ctx, VALUE_MIN, VALUE_LINES);
      const value = textLines(valueRuns, valueStyle, ctx);
      const label = textLines(styledRuns(fig.label), { ...type.fact, colour: theme.colour.ink, x, width: cardW, where }, ctx);
      const top = 10;
      items.push({ tag: 'artifact', artifact: 'Layout', marks: [{ kind: 'rect', x, y: 0, w: cardW, h: 2, fill: hash(theme.colour.accent) }] });
      value.forEach((marks, n) => items.push({ tag: lbl, marks: shiftMarks(marks, top + n * valueStyle.leading) }));
      const labelTop = top + value.length * valueStyle.leading + 2;
      label.forEach((marks, n) => items.push({ tag: body, marks: shiftMarks(marks, labelTop + n * type.fact.leading) }));
      height = Math.max(height, labelTop + label.length * type.fact.leading + 8);
    });
    rows.push({ height, items });
  }
  return [...head, { kind: 'key-figures', rows, spaceBefore: space.blockBefore, spaceAfter: space.blockAfter, keepWithNext: false, minSplit: 1 }];
}

/** A block title drawn above a figure (when no heading just before says the same), kept with it. */
export function captionBlock(title: string, parent: number, ctx: LayoutContext): FlowBlock {
  const tag = ctx.structure.add('Caption', parent);
  const lines = textLines(plainRuns(title, true), { ...type.h3, colour: theme.colour.dark, where: `caption "${title}"` }, ctx);
  const rows = lines.map((marks) => ({ height: type.h3.leading, items: [{ tag, marks }] }));
  return { kind: 'heading', rows, spaceBefore: space.blockBefore, spaceAfter: 4, keepWithNext: true, minSplit: Infinity };
}
