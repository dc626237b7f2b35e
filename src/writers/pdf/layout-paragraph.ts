import { hash, theme } from '../../theme.js';
import { inlineText, type Block, type ParagraphNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import { firstWords, textRows } from './text-rows.js';
import { styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

/**
 * A paragraph: lines that may break across pages, but never leaving a single line behind or ahead.
 * Small print (source notes) opens with a short rule where it follows running text.
 */
export function layoutParagraph(node: ParagraphNode, ctx: LayoutContext, prev: Block | undefined): FlowBlock[] {
  const style = node.small ? { ...type.small, colour: theme.colour.muted } : { ...type.body, colour: theme.colour.ink };
  const tag = ctx.structure.add('P');
  const where = `paragraph "${firstWords(inlineText(node.children))}"`;
  const rows = textRows(styledRuns(node.children), { ...style, where }, tag, ctx);
  const opensNotes = node.small && !(prev?.type === 'paragraph' && prev.small);
  if (opensNotes && rows[0]) {
    const rule = { kind: 'line' as const, x1: ctx.x, y1: 0, x2: ctx.x + 60, y2: 0, colour: hash(theme.colour.rule), width: 0.8 };
    rows[0] = {
      height: rows[0].height + 8,
      items: [{ tag: 'artifact', artifact: 'Layout', marks: [rule] }, ...rows[0].items.map((i) => ({ ...i, marks: shiftMarks(i.marks, 8) }))],
    };
  }
  return [
    {
      kind: 'paragraph',
      rows,
      spaceBefore: opensNotes ? space.blockBefore + 6 : node.small ? space.small : space.paragraph,
      spaceAfter: node.small ? space.small : space.paragraph,
      keepWithNext: false,
      minSplit: 2,
    },
  ];
}
