import { hash, theme } from '../../theme.js';
import type { FlowBlock, FlowRow, LayoutContext } from './flow.js';
import { layoutHeading } from './layout-heading.js';
import type { Mark, PlanItem, TextMark } from './plan.js';
import { firstWords, textLines } from './text-rows.js';
import { plainRuns } from './styled-text.js';
import { type } from './typography.js';

/** One line of the table of contents: a chapter, where it starts and the destination it links to. */
export interface ContentsEntry {
  title: string;
  page: number;
  /** Named destination at the chapter's first page. */
  anchor: string;
}

/** Width of the chapter number on the left and of the page number on the right, and gaps. */
const NUMBER_WIDTH = 24;
const PAGE_WIDTH = 34;
const GAP = 10;
const DOT = { r: 0.7, step: 4.5 };
const STYLE = { size: type.body.size + 0.5, leading: (type.body.size + 0.5) * 1.35 };

/**
 * The table of contents: its heading, then one entry per chapter (number, title, dot
 * leaders, page number), every part of an entry one link to the chapter. Tagged TOC › TOCI › Reference.
 */
export function layoutContents(heading: string, entries: readonly ContentsEntry[], ctx: LayoutContext): FlowBlock[] {
  const head = layoutHeading({ type: 'heading', level: 1, children: [{ type: 'text', value: heading }] }, ctx);
  const toc = ctx.structure.add('TOC');
  return [...head, ...entries.map((entry, i) => layoutEntry(entry, i + 1, toc, ctx))];
}

function layoutEntry(entry: ContentsEntry, n: number, toc: number, ctx: LayoutContext): FlowBlock {
  const reference = ctx.structure.add('Reference', ctx.structure.add('TOCI', toc));
  const link = `#${entry.anchor}`;
  const titleX = ctx.x + NUMBER_WIDTH;
  const titleWidth = ctx.width - NUMBER_WIDTH - PAGE_WIDTH - GAP;
  const where = `contents entry "${firstWords(entry.title)}"`;
  const linked = (marks: TextMark[]) => marks.map((m) => ({ ...m, link }));
  const style = { ...STYLE, colour: theme.colour.ink, where };
  const number = textLines(plainRuns(String(n), true), { ...style, colour: theme.colour.accent, x: ctx.x, width: NUMBER_WIDTH }, ctx)[0] ?? [];
  const lines = textLines(plainRuns(entry.title), { ...style, x: titleX, width: titleWidth }, ctx);
  const pageX = ctx.x + ctx.width - PAGE_WIDTH;
  const page = textLines(plainRuns(String(entry.page)), { ...style, x: pageX, width: PAGE_WIDTH, align: 'right' }, ctx)[0] ?? [];
  const rows: FlowRow[] = lines.map((line, i) => {
    const last = i === lines.length - 1;
    const marks = [...(i === 0 ? linked(number) : []), ...linked(line), ...(last ? linked(page) : [])];
    const items: PlanItem[] = [{ tag: reference, marks }];
    if (last) items.push({ tag: 'artifact', artifact: 'Layout', marks: leaders(line, page, STYLE.leading) });
    return { height: STYLE.leading, items };
  });
  return { kind: 'contents', rows, spaceBefore: 7, spaceAfter: 7, keepWithNext: false, minSplit: Infinity };
}

// Dots from the end of the title's last line to the page number, on the text's x-height.
function leaders(line: readonly TextMark[], page: readonly TextMark[], leading: number): Mark[] {
  const from = Math.max(...line.map((m) => m.x + m.width)) + DOT.step;
  const to = Math.min(...page.map((m) => m.x)) - DOT.step;
  const cy = (line[0]?.y ?? leading * 0.75) - 0.2;
  const dots: Mark[] = [];
  for (let x = to; x >= from; x -= DOT.step) dots.push({ kind: 'circle', cx: x, cy, r: DOT.r, fill: hash(theme.colour.muted) });
  return dots.reverse();
}
