import { theme } from '../../theme.js';
import { PT, type Rect } from './deck-geometry.js';
import { wrapRuns } from './measure-text.js';
import type { PlanParagraph, PlanRun, TextBox } from './slide-plan.js';

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

/** Measures paragraphs at a size in a box `w` inches wide. */
export function measureParagraphs(drafts: readonly ParagraphDraft[], size: number, w: number): PlanParagraph[] {
  return drafts.map((d) => ({ ...d, lines: wrapRuns(d.runs, size, textWidthFor(w, d.indent)).length }));
}

/** Sizes a one-paragraph box may take: start at `max`, keep one line down to `min`, then wrap down to `floor`. */
export interface SizeRange {
  max: number;
  min: number;
  floor: number;
}

/** What fitting decided; `fits` is false when even the floor size overflows the box. */
export interface Fitted {
  fontSize: number;
  paragraphs: PlanParagraph[];
  lineHeight: number;
  fits: boolean;
}

/**
 * Fits one paragraph (a title, a figure, a label) into a box: shrink while it
 * stays on one line, then wrap at the smallest comfortable size, and only then
 * go smaller still.
 */
export function fitParagraph(runs: readonly PlanRun[], rect: Rect, sizes: SizeRange, bold = false): Fitted {
  const weighted = bold ? runs.map((r) => ({ ...r, bold: true })) : [...runs];
  const tryAt = (size: number, maxLines: number): Fitted | undefined => {
    const lines = wrapRuns(weighted, size, textWidthFor(rect.w, false)).length;
    const lineHeight = lineHeightFor(size);
    if (lines > maxLines || lines * lineHeight > rect.h * PT) return undefined;
    return { fontSize: size, paragraphs: [{ runs: [...runs], bullet: false, indent: false, lines }], lineHeight, fits: true };
  };
  for (let size = sizes.max; size >= sizes.min; size--) {
    const fitted = tryAt(size, 1);
    if (fitted) return fitted;
  }
  for (let size = sizes.min; size >= sizes.floor; size--) {
    const fitted = tryAt(size, Number.POSITIVE_INFINITY);
    if (fitted) return fitted;
  }
  const lines = wrapRuns(weighted, sizes.floor, textWidthFor(rect.w, false)).length;
  return { fontSize: sizes.floor, paragraphs: [{ runs: [...runs], bullet: false, indent: false, lines }], lineHeight: lineHeightFor(sizes.floor), fits: false };
}

/** A text box from a fitted paragraph. */
export function fittedBox(role: TextBox['role'], rect: Rect, fitted: Fitted, look: Pick<TextBox, 'color' | 'align' | 'valign'> & { bold?: boolean }): TextBox {
  return { role, ...rect, fontSize: fitted.fontSize, lineHeight: fitted.lineHeight, paraSpace: 0, paragraphs: fitted.paragraphs, ...look };
}
