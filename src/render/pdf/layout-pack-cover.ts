import { hash, theme } from '../../theme.js';
import { inlineText, type CoverNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { firstWords, textLines, type TextStyle } from './text-rows.js';
import { styledRuns, type StyledRun } from './styled-text.js';
import { type } from './typography.js';

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
  const items: PlanItem[] = [];
  let y = 0;
  const put = (runs: StyledRun[], style: Omit<TextStyle, 'where'>, tag: number, what: string) => {
    const where = `pack cover ${what} "${firstWords(runs.map((r) => r.text).join(''))}"`;
    for (const marks of textLines(runs, { ...style, where }, ctx)) {
      items.push({ tag, marks: shiftMarks(marks, y) });
      y += style.leading;
    }
  };
  put(styledRuns(node.title, { bold: true }), { ...TITLE, colour: theme.colour.paper }, ctx.structure.add('H1'), 'title');
  y += 10;
  for (const line of node.subtitle) put(styledRuns(line), { ...type.subtitle, colour: 'E4E9EE' }, ctx.structure.add('P'), 'subtitle');
  if (node.tagline.length > 0) {
    y += 12;
    items.push({ tag: 'artifact', artifact: 'Layout', marks: [{ kind: 'rect', x: ctx.x, y, w: 36, h: 2.5, fill: hash(theme.colour.accent) }] });
    y += 14;
    put(styledRuns(node.tagline, { bold: true }), { ...type.body, size: type.body.size + 1.5, colour: 'F3C9C4' }, ctx.structure.add('P'), 'date');
  }
  // The text sits at the foot of the band; a long title makes the band taller rather than cramped.
  const band = Math.max(pageHeight * BAND_SHARE, TEXT_TOP + y + TEXT_BOTTOM);
  const top = band - TEXT_BOTTOM - y;
  const ground = { kind: 'rect' as const, x: 0, y: 0, w: ctx.pageWidth, h: band, fill: hash(theme.colour.dark) };
  const stripe = { kind: 'rect' as const, x: 0, y: band, w: ctx.pageWidth, h: 5, fill: hash(theme.colour.accent) };
  return {
    kind: 'cover',
    rows: [{ height: band + 5, items: [{ tag: 'artifact', artifact: 'Layout', marks: [ground, stripe] }, ...items.map((i) => ({ ...i, marks: shiftMarks(i.marks, top) }))] }],
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    minSplit: Infinity,
    outline: { title: inlineText(node.title), level: 1 },
  };
}
