import { parsedFont } from '../../fonts/font-cache.js';
import { deckMeasureFontFiles, pdfFontFile } from '../../fonts/font-files.js';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import type { PlanRun } from './slide-plan.js';

/**
 * Text measurement for the deck: the one place that knows glyph widths.
 * Calibri is measured with Carlito (same advance widths), Chinese with Noto
 * Sans SC (ideographs are one em wide there and in Microsoft YaHei). Widths
 * leave out kerning, so a measured line is never narrower than the drawn one.
 */

type Face = {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
};

/**
 * A glyph's advance straight from the hmtx table. fontkit's `glyph.advanceWidth` decodes
 * the outline first (~0.3 ms a glyph); the table gives the same number at a fraction of that.
 */
function advance(face: Face, cp: number): number {
  const id = face.glyphForCodePoint(cp).id;
  const metrics = face.hmtx.metrics;
  // Glyphs past the last full record share its advance (OpenType hmtx).
  return (metrics.get(Math.min(id, metrics.length - 1)) as { advance: number }).advance / face.unitsPerEm;
}

/**
 * A list of font files (the subsets of one face) searched in order for a code point, each file
 * opened only when the search reaches it: Latin text opens the Latin subset alone.
 */
class Faces {
  private readonly opened: (Face | undefined)[] = [];

  constructor(private readonly files: readonly string[]) {}

  /** The first face in the list that has a glyph for `cp`. */
  withGlyph(cp: number): Face | undefined {
    for (let i = 0; i < this.files.length; i++) {
      const face = this.opened[i] ?? open(this.files[i]!);
      this.opened[i] = face;
      if (face.hasGlyphForCodePoint(cp)) return face;
    }
    return undefined;
  }
}

const faces = new Map<string, Faces>();
/** Widths by code point, times two, plus one for bold: a number key, not a string made per character. */
const houseWidths = new Map<number, number>();
let widths = houseWidths;

function open(file: string): Face {
  return parsedFont(file).font as unknown as Face;
}

/**
 * Fonts to measure with instead of Carlito (an organisation template's fonts, by their stand-ins):
 * one or more families, each a list of files (subsets) for regular and bold; a character takes
 * the widest advance any family gives it, each times its `scale` (above 1 for a font with no stand-in).
 */
export interface MeasureFonts {
  /** Names the set, for the width cache. */
  key: string;
  families: readonly { regular: readonly string[]; bold: readonly string[]; scale: number }[];
}

let active: MeasureFonts | undefined;
const setWidths = new Map<string, Map<number, number>>();

/**
 * Runs `plan` (synchronous) with text measured in `fonts`; casebrief's own fonts again after it.
 * Planning is synchronous, so no other plan can run in between.
 */
export function withMeasureFonts<T>(fonts: MeasureFonts | undefined, plan: () => T): T {
  if (!fonts) return plan();
  const before = { active, widths };
  active = fonts;
  let cached = setWidths.get(fonts.key);
  if (!cached) {
    cached = new Map();
    setWidths.set(fonts.key, cached);
  }
  widths = cached;
  try {
    return plan();
  } finally {
    active = before.active;
    widths = before.widths;
  }
}

function latinFaces(bold: boolean): Faces {
  const key = bold ? 'latin-bold' : 'latin';
  let list = faces.get(key);
  if (!list) {
    list = new Faces(deckMeasureFontFiles(bold ? 'latin-bold' : 'latin'));
    faces.set(key, list);
  }
  return list;
}

/** The widest advance the active set's families give a code point, or undefined when none has it. */
function activeWidth(set: MeasureFonts, cp: number, bold: boolean): number | undefined {
  let width: number | undefined;
  for (const family of set.families) {
    const files = bold ? family.bold : family.regular;
    const key = `file:${files.join('|')}`;
    let list = faces.get(key);
    if (!list) {
      list = new Faces(files);
      faces.set(key, list);
    }
    const face = list.withGlyph(cp);
    if (face) width = Math.max(width ?? 0, advance(face, cp) * family.scale);
  }
  return width;
}

const cjkFaces = new Map<string, Face>();

function cjkFace(bold: boolean): Face {
  const key = bold ? 'cjk-bold' : 'cjk';
  let face = cjkFaces.get(key);
  // Noto Sans SC is 8 MB: parse it only when a deck has Chinese text.
  if (!face) {
    face = open(pdfFontFile(key));
    cjkFaces.set(key, face);
  }
  return face;
}

/** Any code point that `isEastAsian` takes (the same ranges), to find text with none in one search. */
export const EAST_ASIAN = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;

/** True for ideographs, kana, hangul and CJK/full-width punctuation: text set in the East Asian font. */
export function isEastAsian(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Advance width of one code point, in em. */
export function charWidth(cp: number, bold = false): number {
  const key = cp * 2 + (bold ? 1 : 0);
  const known = widths.get(key);
  if (known !== undefined) return known;
  let width: number | undefined;
  if (!isEastAsian(cp)) {
    if (active) width = activeWidth(active, cp, bold);
    const face = width === undefined ? latinFaces(bold).withGlyph(cp) : undefined;
    if (face) width = advance(face, cp) * (active ? Math.max(...active.families.map((f) => f.scale)) : 1);
  }
  if (width === undefined) {
    const face = cjkFace(bold);
    // A character neither font has is drawn by some fallback: assume a full em.
    width = face.hasGlyphForCodePoint(cp) ? advance(face, cp) : 1;
  }
  widths.set(key, width);
  return width;
}

/** Whether a font the deck is measured with (and named for) has a glyph for the code point. */
export function hasGlyph(cp: number, bold = false): boolean {
  return latinFaces(bold).withGlyph(cp) !== undefined || cjkFace(bold).hasGlyphForCodePoint(cp);
}

/** Width of a string at a size, in points. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0) ?? 32, bold);
  return em * size;
}

/** One line of wrapped text: offsets into the runs' joined text and the width it takes. */
export interface WrappedLine {
  start: number;
  end: number;
  width: number;
}

const NO_BREAK_BEFORE = new Set([...('，。、；：！？）》」』】〕〉”’%…·・ー' + ',.;:!?)]}')]);
const NO_BREAK_AFTER = new Set([...'（《「『【〔〈“‘([{']);

/**
 * Wraps runs into lines no wider than `maxWidth` points, breaking after spaces
 * and between East Asian characters (never before closing punctuation); a
 * word wider than the line is broken between characters.
 */
export function wrapRuns(runs: readonly PlanRun[], size: number, maxWidth: number): WrappedLine[] {
  const { chars, offsets, ems, breaks, length: at } = measuredRuns(runs);
  const advances = ems.map((em) => em * size);
  const lines: WrappedLine[] = [];
  let start = 0;
  while (start < chars.length) {
    let width = 0;
    let lastBreak = -1;
    let i = start;
    for (; i < chars.length; i++) {
      if (i > start && breaks[i]) lastBreak = i;
      if (chars[i] !== ' ' && width + advances[i]! > maxWidth && i > start) break;
      width += advances[i]!;
    }
    const end = i >= chars.length ? chars.length : lastBreak > start ? lastBreak : i;
    lines.push({ start: offsets[start]!, end: end < chars.length ? offsets[end]! : at, width: lineWidth(chars, advances, start, end) });
    start = end;
  }
  return lines.length ? lines : [{ start: 0, end: 0, width: 0 }];
}

/** Runs taken apart for wrapping, at any size: characters, their offsets, widths in em, and where a line may break. */
interface MeasuredRuns {
  chars: string[];
  offsets: number[];
  /** Width of each character in em, the autospace before it included. */
  ems: number[];
  /** `breaks[i]`: a line may start at character i. */
  breaks: boolean[];
  length: number;
}

/**
 * Runs measured, by what the measure depends on (each run's text and weight), per set of fonts
 * (its width cache): fitting wraps the same runs at one size after another, and a deck rendered
 * again (watch, serve, batch) has mostly the texts of the one before. Bounded; emptied by
 * clearCaches.
 */
const RUNS_KEPT = 2_000;
let measured = new WeakMap<Map<number, number>, Lru<string, MeasuredRuns>>();
onClearCaches(() => {
  measured = new WeakMap();
});

function measuredRuns(runs: readonly PlanRun[]): MeasuredRuns {
  let cache = measured.get(widths);
  if (!cache) {
    cache = new Lru(RUNS_KEPT);
    measured.set(widths, cache);
  }
  // No run holds U+0000 (XML cannot), so it separates them.
  const key = runs.map((r) => (r.bold === true ? `1${r.text}` : `0${r.text}`)).join('\u0000');
  const known = cache.get(key);
  if (known) return known;
  const chars: string[] = [];
  const offsets: number[] = [];
  const ems: number[] = [];
  const breaks: boolean[] = [];
  let at = 0;
  let prev: string | undefined;
  for (const run of runs) {
    for (const ch of run.text) {
      breaks.push(prev !== undefined && canBreakBefore(prev, ch));
      chars.push(ch);
      offsets.push(at);
      ems.push(charWidth(ch.codePointAt(0) ?? 32, run.bold === true) + autospace(prev, ch));
      at += ch.length;
      prev = ch;
    }
  }
  const entry = { chars, offsets, ems, breaks, length: at };
  cache.set(key, entry);
  return entry;
}

/**
 * LibreOffice (and Word) put a quarter em between Chinese and Latin letters or
 * digits; PowerPoint does not. Measuring with it keeps mixed text inside its box
 * in every application.
 */
function autospace(prev: string | undefined, next: string): number {
  if (prev === undefined) return 0;
  const a = prev.codePointAt(0) ?? 32;
  const b = next.codePointAt(0) ?? 32;
  // Only between a Chinese and a non-Chinese character, so that is asked first (no regular expression).
  return isEastAsian(a) !== isEastAsian(b) && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next) ? 0.25 : 0;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function canBreakBefore(prev: string, next: string): boolean {
  if (prev === ' ') return next !== ' ';
  // Two ASCII characters: no East Asian one, so only a space allows a break.
  if (prev.charCodeAt(0) < 0x80 && next.charCodeAt(0) < 0x80) return false;
  if (NO_BREAK_BEFORE.has(next) || NO_BREAK_AFTER.has(prev)) return false;
  return isEastAsian(prev.codePointAt(0) ?? 0) || isEastAsian(next.codePointAt(0) ?? 0);
}

function lineWidth(chars: readonly string[], advances: readonly number[], start: number, end: number): number {
  let last = end;
  while (last > start && chars[last - 1] === ' ') last--;
  let w = 0;
  for (let i = start; i < last; i++) w += advances[i]!;
  return w;
}
