import { hash, theme } from '../../theme.js';
import { inlineText, type CoverNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import { coverText } from './cover-text.js';
import { COVER_LOGO, coverLogo } from './brand-marks.js';

/** Share of the page the dark band covers, and the space kept under the text inside it. */
const BAND_SHARE = 0.58;
const TEXT_BOTTOM = 56;
const TEXT_TOP = 72;
const TITLE = { size: 32, leading: 32 * 1.15 };

/**
 * A pack's cover page: a dark band over the upper part of the page, its text set low in
 * the band (title as H1, subtitle lines, an accent rule and the date), an accent stripe under it.
 */
export function layoutPackCover(node: CoverNode, ctx: LayoutContext, pageHeight: number): FlowBlock {
  const text = coverText(node, ctx, { title: TITLE, gaps: [10, 12, 14], taglineBoost: 1.5, name: 'pack cover' });
  // The text sits at the foot of the band; a long title makes the band taller rather than cramped.
  // A brand's logo sits at the top of the band, above the text.
  const logo = coverLogo(ctx);
  const band = Math.max(pageHeight * BAND_SHARE, Math.max(TEXT_TOP, logo?.height ?? 0) + text.height + TEXT_BOTTOM);
  const top = band - TEXT_BOTTOM - text.height;
  const ground = { kind: 'rect' as const, x: 0, y: 0, w: ctx.pageWidth, h: band, fill: hash(theme.colour.dark) };
  const stripe = { kind: 'rect' as const, x: 0, y: band, w: ctx.pageWidth, h: 5, fill: hash(theme.colour.accent) };
  const marks = [ground, stripe, ...(logo ? shiftMarks(logo.marks, TEXT_TOP - COVER_LOGO.top) : [])];
  return {
    kind: 'cover',
    rows: [{ height: band + 5, items: [{ tag: 'artifact', artifact: 'Layout', marks }, ...text.items.map((i) => ({ ...i, marks: shiftMarks(i.marks, top) }))] }],
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    minSplit: Infinity,
    outline: { title: inlineText(node.title), level: 1 },
  };
}
