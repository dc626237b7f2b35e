import type { Font } from 'fontkit';
import { fastShaper } from '../../fonts/fast-shaper.js';

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit reads of a glyph when it encodes text: its id, width and the characters it stands for. */
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * fontkit keeps one glyph object per glyph id per font, with the code points of whoever created
 * it first. A font parsed once and used for many documents (a batch, watch, the startup snapshot)
 * then carries stale ones: subsetting creates the period as a component of other glyphs with no
 * code points, and the next document's ToUnicode map loses every "." set in that face; the "fi"
 * ligature first made from "ﬁ" (U+FB01) would read as "ﬁ" in a later "financial", or the other way
 * round, depending on what the process set before. So each run gets glyphs of its own, with the
 * characters of this run they stand for: glyphs and characters are walked together (the run is
 * shaped left to right), a glyph its character maps to taking that character, and a ligature or
 * substitute the characters up to the one the next glyph comes from. Where they do not line up,
 * a glyph keeps code points that map to it, or else takes a character of the run that does.
 */
function ownGlyphs(font: Font, glyphs: FontkitGlyph[], text: string): FontkitGlyph[] {
  const chars = [...text].map((c) => c.codePointAt(0) as number);
  const maps = (cp: number, id: number) => font.glyphForCodePoint(cp).id === id;
  const aligned = alignCharacters(glyphs, chars, chars.map((cp) => font.glyphForCodePoint(cp).id));
  return glyphs.map((g, i) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: aligned?.[i] ?? unaligned(g, i, chars, maps) }));
}

/**
 * The characters each glyph stands for: the run's characters cut, in order, into one group per
 * glyph. A glyph that one of the run's characters maps to (`charIds`: the glyph of each
 * character) stands for one such character; any other (a ligature, a substitute) for one or more.
 * Of the cuts that use every glyph and every character, the one that gives each glyph in turn the
 * fewest characters; undefined when there is none (a shaper that added or reordered glyphs).
 * Cuts are checked from the end, so that "fff" set as "ff" and "f" gives the ligature two
 * characters, where a walk from the start gave it one and the "f" after it the other.
 *
 * Glyph k starts at character k + d, where d, the characters absorbed by ligatures before it, is
 * at most C - G: `fits[k * (D + 1) + d]` says whether glyphs k.. can stand for characters k + d..
 * exactly. Time and memory are G × (D + 1), about the run's length for text with few ligatures.
 */
function alignCharacters(glyphs: FontkitGlyph[], chars: number[], charIds: number[]): number[][] | undefined {
  const G = glyphs.length;
  const D = chars.length - G;
  if (D < 0) return undefined;
  const plain = new Set(charIds);
  const fits = new Uint8Array((G + 1) * (D + 1));
  fits[G * (D + 1) + D] = 1;
  // firstFit[d]: the first d' >= d at which glyphs k + 1.. fit, -1 when none (one row at a time).
  const firstFit = new Int32Array(D + 2);
  for (let k = G - 1; k >= 0; k--) {
    const below = (k + 1) * (D + 1);
    firstFit[D + 1] = -1;
    for (let d = D; d >= 0; d--) firstFit[d] = fits[below + d] ? d : firstFit[d + 1]!;
    const id = glyphs[k]!.id;
    const isPlain = plain.has(id);
    for (let d = 0; d <= D; d++) fits[k * (D + 1) + d] = (isPlain ? charIds[k + d] === id && fits[below + d] : firstFit[d]! >= 0) ? 1 : 0;
  }
  if (!fits[0]) return undefined;
  // The cut itself: a glyph a character maps to takes it, any other the fewest characters that still fit.
  const out: number[][] = [];
  for (let k = 0, d = 0; k < G; k++) {
    let to = d;
    if (!plain.has(glyphs[k]!.id)) while (!fits[(k + 1) * (D + 1) + to]) to++;
    out.push(chars.slice(k + d, k + 1 + to));
    d = to;
  }
  return out;
}

function unaligned(g: FontkitGlyph, i: number, chars: number[], maps: (cp: number, id: number) => boolean): number[] {
  const mapsHere = (cp: number) => maps(cp, g.id);
  if (g.codePoints.length > 1 || (g.codePoints.length === 1 && mapsHere(g.codePoints[0] as number))) return [...g.codePoints];
  const own = chars[i] !== undefined && mapsHere(chars[i] as number) ? chars[i] : chars.find(mapsHere);
  return own === undefined ? [] : [own];
}

interface CachedRun {
  glyphs: unknown[];
  positions: Position[];
  advanceWidth: number;
}

const LIMIT = 50_000;

/**
 * Makes `font.layout` remember its result per string. OpenType shaping of Noto Sans costs
 * ~0.1 ms a word, and pdfkit shapes every word again when drawing; with one cache on the
 * shared font object, measuring and drawing shape each distinct word once per process.
 * Callers get fresh position objects because pdfkit scales them in place.
 * Simple text is shaped from the font's bytes (`fastShaper`), the rest by fontkit.
 */
export function cacheShaping(font: Font, bytes: Uint8Array): void {
  const original = font.layout.bind(font);
  const fast = fastShaper(font, bytes);
  const cache = new Map<string, CachedRun>();
  const shape = (text: string): CachedRun => {
    let hit = cache.get(text);
    if (!hit) {
      // Left to right always: the shipped fonts have no right-to-left script, and fontkit would
      // otherwise reverse a whole run (Latin included) that starts with an unsupported Hebrew letter.
      const run = fast?.(text) ?? (original as (...a: unknown[]) => ReturnType<typeof original>)(text, undefined, undefined, undefined, 'ltr');
      hit = {
        glyphs: ownGlyphs(font, run.glyphs as FontkitGlyph[], text),
        positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
        advanceWidth: run.advanceWidth,
      };
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, hit);
    }
    return hit;
  };
  const layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((arg) => arg !== undefined)) return (original as (...a: unknown[]) => unknown)(text, ...rest);
    const hit = shape(text);
    return { glyphs: hit.glyphs, positions: hit.positions.map(pdfkitPosition), advanceWidth: hit.advanceWidth };
  };
  (font as unknown as { layout: typeof layout }).layout = layout;
  shapers.set(font, shape);
}

const shapers = new WeakMap<Font, (text: string) => CachedRun>();

/**
 * A position for pdfkit, which scales every field in place and then adds `advanceWidth`. Made
 * here with all five fields, holding fractions from the start, every position pdfkit reads has
 * one and the same shape: with positions that changed shape as pdfkit wrote to them, reading them
 * in its glyph loop took ~1.7 ms a brief. The values are the same; `advanceWidth` is set by pdfkit.
 */
function pdfkitPosition(p: Position): Position & { advanceWidth: number } {
  const out = { xAdvance: 0.5, yAdvance: 0.5, xOffset: 0.5, yOffset: 0.5, advanceWidth: 0.5 };
  out.xAdvance = p.xAdvance;
  out.yAdvance = p.yAdvance;
  out.xOffset = p.xOffset;
  out.yOffset = p.yOffset;
  out.advanceWidth = 0;
  return out;
}

/**
 * The advance width of `text` set in `font` (font units), from the same cache as `font.layout`,
 * without copying the run's positions: for measuring, which only reads the width.
 */
export function shapedAdvance(font: Font, text: string): number {
  const shape = shapers.get(font);
  return shape ? shape(text).advanceWidth : font.layout(text).advanceWidth;
}
