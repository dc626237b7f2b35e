import { hash, theme } from '../../theme.js';
import type { CoverNode } from '../../model/document.js';
import { shiftMarks, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { firstWords, shrinkToLines, textLines, type TextStyle } from './text-rows.js';
import { styledRuns, type StyledRun } from './styled-text.js';
import { type } from './typography.js';

/** How large a cover sets its text: the brief's cover block, or a pack's cover page. */
export interface CoverScale {
  title: { size: number; leading: number };
  /** Space after the title, before the accent rule and after it. */
  gaps: [number, number, number];
  /** Points added to the body size for the tagline. */
  taglineBoost: number;
  /** How messages name this cover, e.g. "cover" or "pack cover". */
  name: string;
}

/** A long title shrinks to this size, so that it takes at most TITLE_LINES lines, before it wraps further. */
const TITLE_MIN = 16;
const TITLE_LINES = 4;

/**
 * The text of a cover on a dark ground, from y = 0: the title (H1, smaller when long), the subtitle lines,
 * a short accent rule and the tagline. Returns the items and the height they take.
 */
export function coverText(node: CoverNode, ctx: LayoutContext, scale: CoverScale): { items: PlanItem[]; height: number } {
  const items: PlanItem[] = [];
  let y = 0;
  const put = (runs: StyledRun[], style: Omit<TextStyle, 'where'>, tag: number, what: string) => {
    const where = `${scale.name} ${what} "${firstWords(runs.map((r) => r.text).join(''))}"`;
    for (const marks of textLines(runs, { ...style, where }, ctx)) {
      items.push({ tag, marks: shiftMarks(marks, y) });
      y += style.leading;
    }
  };
  const [afterTitle, beforeRule, afterRule] = scale.gaps;
  const title = styledRuns(node.title, { bold: true });
  const titleStyle = shrinkToLines(title, { ...scale.title, colour: theme.colour.paper, where: `${scale.name} title` }, ctx, Math.min(TITLE_MIN, scale.title.size), TITLE_LINES);
  put(title, titleStyle, ctx.structure.add('H1'), 'title');
  y += afterTitle;
  for (const line of node.subtitle) put(styledRuns(line), { ...type.subtitle, colour: 'E4E9EE' }, ctx.structure.add('P'), 'subtitle');
  if (node.tagline.length > 0) {
    y += beforeRule;
    items.push({ tag: 'artifact', artifact: 'Layout', marks: [{ kind: 'rect', x: ctx.x, y, w: 36, h: 2.5, fill: hash(theme.colour.accent) }] });
    y += afterRule;
    put(styledRuns(node.tagline, { bold: true }), { ...type.body, size: type.body.size + scale.taglineBoost, colour: 'F3C9C4' }, ctx.structure.add('P'), 'tagline');
  }
  return { items, height: y };
}
