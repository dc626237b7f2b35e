import { hash, theme } from '../../theme.js';
import { inlineText, type CoverNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import { coverText } from './cover-text.js';
import { coverLogo } from './brand-marks.js';
import { space, type } from './typography.js';

const TOP = 58;
const BOTTOM = 30;

/**
 * The cover block: a full-bleed dark band at the top of page one with the title (H1),
 * the two cities with their local names, and the tagline under a short accent rule.
 */
export function layoutCover(node: CoverNode, ctx: LayoutContext): FlowBlock[] {
  const text = coverText(node, ctx, { title: type.title, gaps: [8, 10, 12], taglineBoost: 0.5, name: 'cover' });
  // A brand's logo goes above the title, which moves down to make room.
  const logo = coverLogo(ctx);
  const top = logo ? Math.max(TOP, logo.height) : TOP;
  const height = top + text.height + BOTTOM;
  const band = { kind: 'rect' as const, x: 0, y: 0, w: ctx.pageWidth, h: height, fill: hash(theme.colour.dark) };
  const stripe = { kind: 'rect' as const, x: 0, y: height, w: ctx.pageWidth, h: 4, fill: hash(theme.colour.accent) };
  const items = text.items.map((i) => ({ ...i, marks: shiftMarks(i.marks, top) }));
  return [
    {
      kind: 'cover',
      rows: [{ height: height + 4, items: [{ tag: 'artifact', artifact: 'Layout', marks: [band, stripe, ...(logo?.marks ?? [])] }, ...items] }],
      spaceBefore: 0,
      spaceAfter: space.blockBefore + 8,
      keepWithNext: false,
      minSplit: Infinity,
      outline: { title: inlineText(node.title), level: 1 },
    },
  ];
}
