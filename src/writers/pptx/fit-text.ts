import { theme } from '../../theme.js';
import { PT, type Rect } from './deck-geometry.js';
import { wrapRuns } from './measure-text.js';
import type { PlanParagraph, PlanRun, TextBox } from './slide-plan.js';
import { runsText, sliceRuns } from './text-runs.js';

/** Share of a box's width that text may fill: room for renderer differences (hinting, kerning off). */
const WIDTH_SAFETY = 0.96;
/** Hanging indent of a bulleted paragraph, in points. */
export const BULLET_INDENT = 30;

/** Exact line pitch for a type size, in points. */
export function lineHeightFor(size: number): number {
  return Math.round(size * theme.leading.deck * 100) / 100;
}

/** Space before each paragraph after the first, in points. */
export function paraSpaceFor(size: number): number {
  return Math.round(size * 0.45);
}

/** Width in points that text of a paragraph may take in a box of `w` inches. */
export function textWidthFor(w: number, indent: boolean): number {
  return w * PT * WIDTH_SAFETY - (indent ? BULLET_INDENT : 0);
}

/** A paragraph before measurement. */
export type ParagraphDraft = Omit<PlanParagraph, 'lines'>;

/** Sizes a one-paragraph box may take: start at `max`, keep one line down to `min`, then wrap down to `floor`. */
export interface SizeRange {
  max: number;
  min: number;
  floor: number;
}

/** What fitting decided; `fits` is false only for a box smaller than one line at the floor size. */
export interface Fitted {
  fontSize: number;
  paragraphs: PlanParagraph[];
  lineHeight: number;
  fits: boolean;
  /** True when even the floor size needed more lines than the box holds and the text was cut short with an ellipsis. */
  truncated?: boolean;
}

/** The ellipsis that ends text cut short. */
export const ELLIPSIS = '…';

/**
 * Fits one paragraph (a title, a figure, a label) into a box: shrink while it
 * stays on one line, then wrap at the smallest comfortable size, and only then
 * go smaller still. Text that does not fit even at the floor size is cut short
 * with an ellipsis (`truncated`); the caller says so and keeps the whole text.
 * Sizes are searched by halves (a smaller size never needs more lines), so a
 * long text is wrapped a few times, not once per size.
 */
export function fitParagraph(runs: readonly PlanRun[], rect: Rect, sizes: SizeRange, bold = false): Fitted {
  const width = textWidthFor(rect.w, false);
  const height = rect.h * PT;
  const weighted = bold ? runs.map((r) => ({ ...r, bold: true })) : [...runs];
  const linesAt = (size: number): number => wrapRuns(weighted, size, width).length;
  const fitted = (size: number, lines: number, shown: readonly PlanRun[] = runs): Fitted => ({
    fontSize: size,
    paragraphs: [{ runs: [...shown], bullet: false, indent: false, lines }],
    lineHeight: lineHeightFor(size),
    fits: lines * lineHeightFor(size) <= height,
  });
  const oneLine = largest(sizes.max, sizes.min, (size) => linesAt(size) === 1 && lineHeightFor(size) <= height);
  if (oneLine !== undefined) return fitted(oneLine, 1);
  const wrapped = largest(sizes.min, sizes.floor, (size) => linesAt(size) * lineHeightFor(size) <= height);
  if (wrapped !== undefined) return fitted(wrapped, linesAt(wrapped));
  const floor = sizes.floor;
  const maxLines = Math.max(1, Math.floor(height / lineHeightFor(floor)));
  const cut = (end: number) => withEllipsis(runs, end);
  const linesOf = (shown: readonly PlanRun[]) => wrapRuns(bold ? shown.map((r) => ({ ...r, bold: true })) : shown, floor, width).length;
  // What the first lines hold bounds what is kept; then less, until it and the ellipsis fit.
  let lo = 0;
  let hi = wrapRuns(weighted, floor, width)[maxLines - 1]!.end;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (linesOf(cut(mid)) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  const shown = cut(lo);
  return { ...fitted(floor, linesOf(shown), shown), truncated: true };
}

/** The largest size from `max` down to `min` in steps of one point for which `ok` holds, given that it holds for every size below one for which it does. */
function largest(max: number, min: number, ok: (size: number) => boolean): number | undefined {
  if (max < min || !ok(max - Math.floor(max - min))) return undefined;
  // Counted in steps below `max`: `holds` is known to hold, `fails` to fail (-1: none tried yet).
  let fails = -1;
  let holds = Math.floor(max - min);
  while (holds - fails > 1) {
    const mid = Math.floor((holds + fails) / 2);
    if (ok(max - mid)) holds = mid;
    else fails = mid;
  }
  return max - holds;
}

/** The first `end` UTF-16 units of runs (never half a surrogate pair), without trailing spaces, then an ellipsis in the last run's style. */
function withEllipsis(runs: readonly PlanRun[], end: number): PlanRun[] {
  const text = runsText(runs);
  let at = end;
  if (at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]!)) at--;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  const kept = sliceRuns(runs, 0, at);
  const { url: _link, ...style } = kept[kept.length - 1] ?? runs[0] ?? { text: '', lang: 'en' };
  return [...kept, { ...style, text: ELLIPSIS }];
}

/** A text box from a fitted paragraph. */
export function fittedBox(role: TextBox['role'], rect: Rect, fitted: Fitted, look: Pick<TextBox, 'color' | 'align' | 'valign'> & { bold?: boolean }): TextBox {
  return { role, ...rect, fontSize: fitted.fontSize, lineHeight: fitted.lineHeight, paraSpace: 0, paragraphs: fitted.paragraphs, ...look };
}
