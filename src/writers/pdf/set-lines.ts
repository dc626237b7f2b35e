import type { PdfFace } from './font-set.js';
import type { FaceRun } from './face-runs.js';
import { breakOpportunities, graphemeStarts } from './line-breaks.js';
import type { Measurer } from './measure.js';

/** A piece of a set line in one face, `x` from the line start. */
export interface LineFragment {
  x: number;
  text: string;
  face: PdfFace;
  width: number;
  lang?: string;
  link?: string;
}

/** One set line. */
export interface SetLine {
  width: number;
  fragments: LineFragment[];
}

interface Segment {
  start: number;
  end: number;
  /** Width without trailing spaces. */
  visible: number;
  width: number;
}

/** The runs' text as characters (code points), with where each starts in the joined text and its run. */
interface Chars {
  text: string;
  chars: string[];
  /** `at[i]` is where `chars[i]` starts in `text`; `at[chars.length]` is its length. */
  at: number[];
  owner: number[];
}

function splitChars(runs: readonly FaceRun[]): Chars {
  const chars: string[] = [];
  const at: number[] = [];
  const owner: number[] = [];
  let offset = 0;
  runs.forEach((run, r) => {
    for (const ch of run.text) {
      chars.push(ch);
      at.push(offset);
      owner.push(r);
      offset += ch.length;
    }
  });
  at.push(offset);
  return { text: runs.map((r) => r.text).join(''), chars, at, owner };
}

/** Sets face runs into lines no wider than `maxWidth` (greedy, ragged right). */
export function setLines(runs: readonly FaceRun[], maxWidth: number, size: number, measurer: Measurer): SetLine[] {
  const c = splitChars(runs);
  const { chars } = c;
  const measure = (start: number, end: number) => spanWidth(c, runs, start, end, size, measurer);
  const segments = toSegments(breakOpportunities(chars), chars, measure);
  const lines: Array<[number, number]> = [];
  let lineStart = -1;
  let used = 0;
  // Segments in order; a word too long for a line is replaced by its pieces, taken next.
  const pending: Segment[] = [];
  let next = 0;
  while (pending.length > 0 || next < segments.length) {
    const seg = pending.length > 0 ? pending.pop()! : segments[next++]!;
    if (lineStart >= 0 && used + seg.visible > maxWidth) {
      lines.push([lineStart, seg.start]);
      lineStart = -1;
      used = 0;
    }
    if (lineStart < 0 && seg.visible > maxWidth) {
      const pieces = splitLongSegment(seg, chars, maxWidth, measure);
      if (pieces.length > 1) {
        for (let k = pieces.length - 1; k >= 0; k--) pending.push(pieces[k]!);
        continue;
      }
    }
    if (lineStart < 0) lineStart = seg.start;
    used += seg.width;
  }
  if (lineStart >= 0) lines.push([lineStart, chars.length]);
  return lines.map(([s, e]) => composeLine(c, runs, s, e, size, measurer)).filter((l) => l.fragments.length > 0);
}

function toSegments(breaks: boolean[], chars: string[], measure: (s: number, e: number) => number): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && !breaks[i]) continue;
    let visibleEnd = i;
    while (visibleEnd > start && /\s/.test(chars[visibleEnd - 1]!)) visibleEnd--;
    out.push({ start, end: i, visible: measure(start, visibleEnd), width: measure(start, i) });
    start = i;
  }
  return out;
}

// A word wider than the line (a long URL) wraps by grapheme rather than overflowing.
function splitLongSegment(seg: Segment, chars: string[], maxWidth: number, measure: (s: number, e: number) => number): Segment[] {
  const starts = graphemeStarts(chars);
  const out: Segment[] = [];
  let from = seg.start;
  while (from < seg.end) {
    let to = from + 1;
    while (to < seg.end && !starts[to]) to++;
    for (let next = to + 1; next <= seg.end; next++) {
      if (next < seg.end && !starts[next]) continue;
      if (measure(from, next) > maxWidth) break;
      to = next;
    }
    let visibleEnd = to;
    while (visibleEnd > from && /\s/.test(chars[visibleEnd - 1]!)) visibleEnd--;
    out.push({ start: from, end: to, visible: measure(from, visibleEnd), width: measure(from, to) });
    from = to;
  }
  return out;
}

function spanWidth(c: Chars, runs: readonly FaceRun[], start: number, end: number, size: number, m: Measurer): number {
  let total = 0;
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && c.owner[j] === c.owner[i]) j++;
    total += m.width(c.text.slice(c.at[i], c.at[j]), runs[c.owner[i]!]!.face, size);
    i = j;
  }
  return total;
}

function composeLine(c: Chars, runs: readonly FaceRun[], start: number, end: number, size: number, m: Measurer): SetLine {
  const { chars, owner } = c;
  while (start < end && /\s/.test(chars[start]!)) start++;
  while (end > start && /\s/.test(chars[end - 1]!)) end--;
  const fragments: LineFragment[] = [];
  let x = 0;
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && owner[j] === owner[i]) j++;
    const run = runs[owner[i]!]!;
    const text = c.text.slice(c.at[i], c.at[j]);
    const width = m.width(text, run.face, size);
    fragments.push({ x, text, face: run.face, width, ...(run.lang ? { lang: run.lang } : {}), ...(run.link ? { link: run.link } : {}) });
    x += width;
    i = j;
  }
  return { width: x, fragments };
}
