import { theme } from '../../theme.js';
import { inlineText, type ParagraphNode } from '../../model/document.js';
import type { FlowBlock, LayoutContext } from './flow.js';
import { firstWords, textRows } from './text-rows.js';
import { styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

/** A paragraph: lines that may break across pages, but never leaving a single line behind or ahead. */
export function layoutParagraph(node: ParagraphNode, ctx: LayoutContext): FlowBlock[] {
  const style = node.small ? { ...type.small, colour: theme.colour.muted } : { ...type.body, colour: theme.colour.ink };
  const tag = ctx.structure.add('P');
  const where = `paragraph "${firstWords(inlineText(node.children))}"`;
  return [{
    kind: 'paragraph',
    rows: textRows(styledRuns(node.children), { ...style, where }, tag, ctx),
    spaceBefore: node.small ? space.small : space.paragraph,
    spaceAfter: node.small ? space.small : space.paragraph,
    keepWithNext: false,
    minSplit: 2,
  }];
}
