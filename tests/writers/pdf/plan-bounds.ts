import type { LayoutPlan, TextMark } from '../../../src/writers/pdf/plan.js';
import type { Measurer } from '../../../src/writers/pdf/measure.js';
import { pageGeometry } from '../../../src/writers/pdf/page-geometry.js';

/** A text mark of a plan with where it is. */
export interface PlacedText {
  page: number;
  mark: TextMark;
  furniture: boolean;
  /** The structure element the mark belongs to, or 'artifact'. */
  tag: number | 'artifact';
}

/** Every text mark of a plan, page by page. */
export function planTexts(plan: LayoutPlan): PlacedText[] {
  return plan.pages.flatMap((page) =>
    page.items.flatMap((item) =>
      item.marks.filter((m): m is TextMark => m.kind === 'text').map((mark) => ({ page: page.number, mark, furniture: item.artifact === 'Pagination', tag: item.tag })),
    ),
  );
}

/**
 * What of a plan's text lies where it must not: outside the page, content outside the text
 * frame (above it only a cover, which starts at the page's top edge), the running header below
 * the top margin. Each problem is described in a line; none means every line is in its place.
 */
export function outOfBounds(plan: LayoutPlan, measurer: Measurer, paper: 'a4' | 'letter' = 'a4'): string[] {
  const geo = pageGeometry(paper);
  const problems: string[] = [];
  const coverPages = new Set(
    plan.pages.filter((p) => p.items.some((i) => i.artifact === 'Layout' && i.marks.some((m) => m.kind === 'rect' && m.x === 0 && m.y === 0))).map((p) => p.number),
  );
  for (const { page, mark: m, furniture } of planTexts(plan)) {
    const { ascent, descent } = measurer.metrics(m.face);
    const top = m.y - ascent * m.size;
    const bottom = m.y + descent * m.size;
    const where = `page ${page}: "${m.text.slice(0, 30)}" at (${m.x.toFixed(1)}, ${m.y.toFixed(1)})`;
    if (m.x < -0.01 || m.x + m.width > plan.width + 0.01 || top < 0 || bottom > plan.height) problems.push(`${where} is outside the page`);
    if (furniture) {
      if (m.y > geo.margin.top - 8 && m.y < geo.footerBaseline - 1) problems.push(`${where}: the running header reaches the text frame`);
      continue;
    }
    const frameTop = coverPages.has(page) ? 0 : geo.margin.top;
    if (m.y < frameTop || bottom > geo.height - geo.margin.bottom + 2) problems.push(`${where} is outside the text frame`);
    if (m.x < geo.margin.left - 0.01 || m.x + m.width > geo.width - geo.margin.right + 0.5) problems.push(`${where} is outside the text column`);
  }
  return problems;
}

/** The text of each structure element of a plan, across pages, whitespace left out. */
export function textByTag(plan: LayoutPlan): string[] {
  const texts = new Map<number | 'artifact', string>();
  for (const { mark, tag } of planTexts(plan)) texts.set(tag, (texts.get(tag) ?? '') + mark.text.replace(/\s+/g, ''));
  return [...texts.values()];
}
