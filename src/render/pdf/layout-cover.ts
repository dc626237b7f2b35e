import { hash, theme } from '../../theme.js';
import { inlineText, type CoverNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { firstWords, textLines, type TextStyle } from './text-rows.js';
import { styledRuns, type StyledRun } from './styled-text.js';
import { space, type } from './typography.js';

const TOP = 58;
const BOTTOM = 30;

/**
 * The cover block: a full-bleed dark band at the top of page one with the title (H1),
 * the two cities with their local names, and the tagline under a short accent rule.
 */
export function layoutCover(node: CoverNode, ctx: LayoutContext): FlowBlock[] {
  const items: PlanItem[] = [];
  let y = TOP;
  const put = (runs: StyledRun[], style: Omit<TextStyle, 'where'>, tag: number, what: string) => {
    const where = `cover ${what} "${firstWords(runs.map((r) => r.text).join(''))}"`;
    for (const marks of textLines(runs, { ...style, where }, ctx)) {
      items.push({ tag, marks: shiftMarks(marks, y) });
      y += style.leading;
    }
  };
  put(styledRuns(node.title, { bold: true }), { ...type.title, colour: theme.colour.paper }, ctx.structure.add('H1'), 'title');
  y += 8;
  for (const line of node.subtitle) put(styledRuns(line), { ...type.subtitle, colour: 'E4E9EE' }, ctx.structure.add('P'), 'subtitle');
  if (node.tagline.length > 0) {
    y += 10;
    items.push({ tag: 'artifact', artifact: 'Layout', marks: [{ kind: 'rect', x: ctx.x, y, w: 36, h: 2.5, fill: hash(theme.colour.accent) }] });
    y += 12;
    put(styledRuns(node.tagline, { bold: true }), { ...type.body, size: type.body.size + 0.5, colour: 'F3C9C4' }, ctx.structure.add('P'), 'tagline');
  }
  const height = y + BOTTOM;
  const band = { kind: 'rect' as const, x: 0, y: 0, w: ctx.pageWidth, h: height, fill: hash(theme.colour.dark) };
  const stripe = { kind: 'rect' as const, x: 0, y: height, w: ctx.pageWidth, h: 4, fill: hash(theme.colour.accent) };
  return [{
    kind: 'cover',
    rows: [{ height: height + 4, items: [{ tag: 'artifact', artifact: 'Layout', marks: [band, stripe] }, ...items] }],
    spaceBefore: 0,
    spaceAfter: space.blockBefore + 8,
    keepWithNext: false,
    minSplit: Infinity,
    outline: { title: inlineText(node.title), level: 1 },
  }];
}
