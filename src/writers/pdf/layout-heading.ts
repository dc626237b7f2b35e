import { hash, theme } from '../../theme.js';
import { inlineText, type HeadingNode } from '../../model/document.js';
import type { FlowBlock, FlowRow, LayoutContext } from './flow.js';
import { firstWords, textRows } from './text-rows.js';
import { styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const BAR = { width: 28, height: 2.5, gap: 7 };

/** A heading: never split, kept with what follows; level 2 gets an accent bar and a bookmark. */
export function layoutHeading(node: HeadingNode, ctx: LayoutContext): FlowBlock[] {
  const tagType = node.level === 1 ? 'H1' : node.level === 2 ? 'H2' : 'H3';
  const style = node.level === 1 ? type.h1 : node.level === 2 ? type.h2 : type.h3;
  const tag = ctx.structure.add(tagType);
  const text = inlineText(node.children);
  const rows: FlowRow[] = [];
  if (node.level === 2) {
    const bar = { kind: 'rect' as const, x: ctx.x, y: 0, w: BAR.width, h: BAR.height, fill: hash(theme.colour.accent) };
    rows.push({ height: BAR.height + BAR.gap, items: [{ tag: 'artifact', artifact: 'Layout', marks: [bar] }] });
  }
  const colour = node.level === 3 ? theme.colour.ink : theme.colour.dark;
  rows.push(...textRows(styledRuns(node.children, { bold: true }), { ...style, colour, where: `heading "${firstWords(text)}"` }, tag, ctx));
  return [
    {
      kind: 'heading',
      rows,
      spaceBefore: node.level === 3 ? space.blockBefore : space.headingBefore,
      spaceAfter: space.headingAfter,
      keepWithNext: true,
      minSplit: Infinity,
      ...(node.level <= 2 ? { outline: { title: text, level: node.level === 1 ? 1 : 2 } as const } : {}),
    },
  ];
}
