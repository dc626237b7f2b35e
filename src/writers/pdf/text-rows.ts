import { hash, theme } from '../../theme.js';
import { faceRuns } from './face-runs.js';
import type { FlowRow, LayoutContext } from './flow.js';
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
  const face = faceRuns(runs, { measurer: ctx.measurer, docLang: ctx.docLang, cjkOpen: ctx.cjkOpen, where: style.where, warnings: ctx.warnings });
  const m = ctx.measurer.metrics('latin');
  // Centre the Latin face's ascent+descent in the line box; CJK glyphs sit within it.
  const baseline = (style.leading - (m.ascent + m.descent) * style.size) / 2 + m.ascent * style.size;
  return setLines(face, width, style.size, ctx.measurer).map((line) => {
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

/** First words of a text, to say where a problem is. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}
