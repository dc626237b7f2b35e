import type { Warning } from '../../model/document.js';
import { hash, theme } from '../../theme.js';
import { faceRuns } from './face-runs.js';
import type { FlowRow, LayoutContext } from './flow.js';
import { cachedLines } from './layout-cache.js';
import type { TextMark } from './plan.js';
import { setLines } from './set-lines.js';
import type { StyledRun } from './styled-text.js';

/** How to set a piece of text. */
export interface TextStyle {
  size: number;
  colour: string;
  /** Line height in points. */
  leading: number;
  /** Left edge and measure; default: the context's column. */
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Block kind and first words, for warnings. */
  where: string;
}

/** Sets styled runs into text lines, one row per line, each row's marks tagged `tag`. */
export function textRows(runs: readonly StyledRun[], style: TextStyle, tag: number, ctx: LayoutContext): FlowRow[] {
  return textLines(runs, style, ctx).map((marks) => ({ height: style.leading, items: [{ tag, marks }] }));
}

/** Sets styled runs into lines of text marks (baselines measured from y = 0 of each line). */
export function textLines(runs: readonly StyledRun[], style: TextStyle, ctx: LayoutContext): TextMark[][] {
  const x0 = style.x ?? ctx.x;
  const width = style.width ?? ctx.width;
  const { measurer, docLang, cjkOpen, warnings } = ctx;
  const key = { runs, width, size: style.size, docLang, cjkOpen, where: style.where };
  // Set once per process for the same text, measure and fonts (layout-cache.ts); placed and coloured here.
  const lines = cachedLines(measurer, key, warnings, () => setLines(faceRuns(runs, { measurer, docLang, cjkOpen, where: style.where, warnings }), width, style.size, measurer));
  const m = measurer.metrics(measurer.brand?.latin ?? 'latin');
  // Centre the Latin face's ascent+descent in the line box; CJK glyphs sit within it.
  const baseline = (style.leading - (m.ascent + m.descent) * style.size) / 2 + m.ascent * style.size;
  return lines.map((line) => {
    const offset = style.align === 'right' ? width - line.width : style.align === 'center' ? (width - line.width) / 2 : 0;
    return line.fragments.map((f) => ({
      kind: 'text' as const,
      x: x0 + offset + f.x,
      y: baseline,
      text: f.text,
      face: f.face,
      size: style.size,
      colour: hash(f.link ? theme.colour.accent : style.colour),
      width: f.width,
      ...(f.lang ? { lang: f.lang } : {}),
      ...(f.link ? { link: f.link } : {}),
    }));
  });
}

/** First words of a text (at most 60 characters), to say where a problem is. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/, count + 1);
  const shown = words.slice(0, count).join(' ');
  const chars = Array.from(shown);
  if (chars.length > 60) return `${chars.slice(0, 60).join('')}…`;
  return shown + (words.length > count ? '…' : '');
}

/** The ellipsis that ends text cut short. */
export const ELLIPSIS = '…';

/**
 * Sets runs into at most `maxLines` lines. Text that needs more is cut at a character, so that
 * what is kept and an ellipsis fill the last line, and a warning says what was shortened (for
 * labels the renderer repeats, such as the running header: never for the case study's own text).
 */
export function clampedLines(runs: readonly StyledRun[], style: TextStyle, ctx: LayoutContext, maxLines: number, what: string): TextMark[][] {
  // A character is at least a fifth of an em wide: what lies beyond this many cannot be shown, and is not set.
  const most = Math.ceil((maxLines * (style.width ?? ctx.width)) / (0.2 * style.size)) + 1;
  const chars = runs.flatMap((r, i) => Array.from(r.text.slice(0, 2 * most), (ch) => ({ ch, run: i }))).slice(0, most);
  const long = chars.length >= most;
  const lines = textLines(long ? cutRuns(runs, chars, most, '') : runs, style, ctx);
  if (!long && lines.length <= maxLines) return lines;
  // What the first lines hold (plus the spaces dropped at their ends) bounds what can be kept.
  let keep = Math.min(
    chars.length,
    lines
      .slice(0, maxLines)
      .flat()
      .reduce((n, m) => n + Array.from(m.text).length, 0) +
      maxLines +
      1,
  );
  let lo = 0;
  while (lo < keep) {
    const mid = Math.ceil((lo + keep) / 2);
    if (textLines(cutRuns(runs, chars, mid), style, ctx).length <= maxLines) lo = mid;
    else keep = mid - 1;
  }
  warnOnce(ctx.warnings, {
    code: 'pdf-text-truncated',
    message: `${what} is too long for ${maxLines === 1 ? 'one line' : `${maxLines} lines`}; it is cut short with "${ELLIPSIS}".`,
  });
  return textLines(cutRuns(runs, chars, lo), style, ctx);
}

/** The first `count` characters of runs, without trailing spaces, and an ellipsis in the last run's style. */
function cutRuns(runs: readonly StyledRun[], chars: readonly { ch: string; run: number }[], count: number, ellipsis = ELLIPSIS): StyledRun[] {
  let end = count;
  while (end > 0 && /\s/.test(chars[end - 1]!.ch)) end--;
  const out: StyledRun[] = [];
  for (let i = 0; i < end; i++) {
    const { ch, run } = chars[i]!;
    const last = out[out.length - 1];
    if (last && chars[i - 1]?.run === run) last.text += ch;
    else out.push({ ...runs[run]!, text: ch });
  }
  const style = runs[chars[Math.max(0, end - 1)]?.run ?? 0] ?? { bold: false, italic: false };
  if (ellipsis) out.push({ ...style, text: ellipsis });
  return out;
}

/**
 * The largest type size from `style.size` down to `min` at which the runs take at most `maxLines`
 * lines, with the leading scaled alike; `min` when none does (the text then wraps further).
 */
export function shrinkToLines<T extends TextStyle>(runs: readonly StyledRun[], style: T, ctx: LayoutContext, min: number, maxLines: number): T {
  const at = (size: number): T => ({ ...style, size, leading: (style.leading * size) / style.size });
  const fits = (size: number) => textLines(runs, at(size), ctx).length <= maxLines;
  // A character is at least a fifth of an em wide: longer text cannot fit at any size, and is not tried.
  const length = runs.reduce((n, r) => n + r.text.length, 0);
  if (length > (maxLines * (style.width ?? ctx.width)) / (0.2 * min)) return at(min);
  if (fits(style.size)) return style;
  let lo = min;
  let hi = style.size;
  // Half-point steps: the largest size that fits, or `min`.
  while (hi - lo > 0.5) {
    const mid = Math.round(((lo + hi) / 2) * 2) / 2;
    if (mid >= hi || mid <= lo) break;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return at(lo);
}

/** Adds a warning unless the same one is there already (furniture is set once a page). */
export function warnOnce(warnings: Warning[], warning: Warning): void {
  if (!warnings.some((w) => w.code === warning.code && w.message === warning.message)) warnings.push(warning);
}
