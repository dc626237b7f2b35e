import { hash, theme } from '../../theme.js';
import { inlineText, type ListNode } from '../../model/document.js';
import type { FlowBlock, FlowRow, LayoutContext } from './flow.js';
import { firstWords, textLines } from './text-rows.js';
import { plainRuns, styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const INDENT = 16;

/** A list: L > LI > Lbl + LBody; rows are lines, so a long list may continue on the next page. */
export function layoutList(node: ListNode, ctx: LayoutContext): FlowBlock[] {
  const list = ctx.structure.add('L');
  const rows: FlowRow[] = [];
  node.items.forEach((item, i) => {
    const li = ctx.structure.add('LI', list);
    const lbl = ctx.structure.add('Lbl', li);
    const body = ctx.structure.add('LBody', li);
    const where = `list item "${firstWords(inlineText(item))}"`;
    const style = { ...type.body, colour: theme.colour.ink, where };
    const lines = textLines(styledRuns(item), { ...style, x: ctx.x + INDENT, width: ctx.width - INDENT }, ctx);
    const marker = textLines(plainRuns(node.ordered ? `${i + 1}.` : '•'), { ...style, colour: theme.colour.accent, x: ctx.x, width: INDENT - 4 }, ctx)[0] ?? [];
    lines.forEach((marks, n) => {
      const items = n === 0 ? [{ tag: lbl, marks: marker.map((m) => ({ ...m, colour: hash(theme.colour.accent) })) }] : [];
      rows.push({ height: type.body.leading + (n === lines.length - 1 ? 3 : 0), items: [...items, { tag: body, marks }] });
    });
  });
  return [{ kind: 'list', rows, spaceBefore: space.paragraph, spaceAfter: space.paragraph + 2, keepWithNext: false, minSplit: 2 }];
}
