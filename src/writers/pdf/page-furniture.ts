import { hash, theme } from '../../theme.js';
import type { BriefDocument } from '../../model/document.js';
import type { LayoutContext } from './flow.js';
import type { PageGeometry } from './page-geometry.js';
import type { PlanItem, TextMark } from './plan.js';
import { clampedLines, firstWords } from './text-rows.js';
import { plainRuns } from './styled-text.js';
import { type } from './typography.js';
import { footerLine, headerLogo } from './brand-marks.js';

/** Lines the running header may take between the page's top edge and the text. */
const HEADER_LINES = 2;

/**
 * Running header (document header, rule) and footer (`labels.pageOf`), as pagination artifacts;
 * the header goes first and the footer last, so content order follows the page top to bottom.
 */
export function pageFurniture(
  doc: Pick<BriefDocument, 'header' | 'labels'>,
  page: number,
  pages: number,
  geo: PageGeometry,
  ctx: LayoutContext,
): { header: PlanItem; footer: PlanItem } {
  const style = { ...type.furniture, colour: theme.colour.muted };
  const left = geo.margin.left;
  const width = geo.width - geo.margin.left - geo.margin.right;
  // A header too long for one line takes a second below the first, above the rule; longer ones are cut short.
  const baselineShift = (lines: TextMark[][], baseline: number) => lines.flatMap((line, n) => line.map((m) => ({ ...m, y: baseline + n * style.leading })));
  const logo = headerLogo(ctx, left + width, geo.headerBaseline);
  const headerWidth = logo ? width - logo.width : width;
  const header = clampedLines(
    plainRuns(doc.header),
    { ...style, x: left, width: headerWidth, where: 'running header' },
    ctx,
    HEADER_LINES,
    `The running header "${firstWords(doc.header)}"`,
  );
  const footerText = doc.labels.pageOf.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
  const footer = clampedLines(plainRuns(footerText), { ...style, x: left, width, align: 'right', where: 'page footer' }, ctx, 1, `The page footer "${firstWords(footerText)}"`);
  const ruleY = geo.headerBaseline + 7 + (header.length - 1) * style.leading;
  const rule = { kind: 'line' as const, x1: left, y1: ruleY, x2: left + width, y2: ruleY, colour: hash(theme.colour.rule), width: 0.6 };
  const line = footerLine(ctx, left, width, geo.footerBaseline);
  return {
    header: { tag: 'artifact', artifact: 'Pagination', marks: [...baselineShift(header, geo.headerBaseline), ...(logo ? [logo.mark] : []), rule] },
    footer: { tag: 'artifact', artifact: 'Pagination', marks: [...(line?.marks ?? []), ...baselineShift(footer, geo.footerBaseline)] },
  };
}

/** The footer of a page without furniture (the cover page): the brand's footer line, if it has one. */
export function bareFooter(geo: PageGeometry, ctx: LayoutContext): PlanItem | undefined {
  return footerLine(ctx, geo.margin.left, geo.width - geo.margin.left - geo.margin.right, geo.footerBaseline);
}
