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
 * fontkit keeps one glyph object per glyph id per font, with the code points of
 * whoever created it first. A font parsed once and used for many documents then
 * carries stale ones: subsetting creates the period as a component of other glyphs
 * with no code points, and the next document's ToUnicode map loses every "." set
 * in that face. So each run gets glyphs of its own, with code points checked
 * against the font's character map: a glyph keeps code points that map to it
 * (ligatures keep theirs); otherwise it takes the character of the run that maps
 * to it, at its own position first (runs may be reordered right to left).
 */
function ownGlyphs(font: Font, glyphs: FontkitGlyph[], text: string): FontkitGlyph[] {
  const chars = [...text].map((c) => c.codePointAt(0) as number);
  return glyphs.map((g, i) => {
    const mapsHere = (cp: number) => font.glyphForCodePoint(cp).id === g.id;
    let codePoints = g.codePoints;
    if (codePoints.length <= 1 && !(codePoints.length === 1 && mapsHere(codePoints[0] as number))) {
      const own = chars[i] !== undefined && mapsHere(chars[i] as number) ? chars[i] : chars.find(mapsHere);
      codePoints = own === undefined ? [] : [own];
    }
    return { id: g.id, advanceWidth: g.advanceWidth, codePoints: [...codePoints] };
  });
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
    return { glyphs: hit.glyphs, positions: hit.positions.map((p) => ({ ...p })), advanceWidth: hit.advanceWidth };
  };
  (font as unknown as { layout: typeof layout }).layout = layout;
  shapers.set(font, shape);
}

const shapers = new WeakMap<Font, (text: string) => CachedRun>();

/**
 * The advance width of `text` set in `font` (font units), from the same cache as `font.layout`,
 * without copying the run's positions: for measuring, which only reads the width.
 */
export function shapedAdvance(font: Font, text: string): number {
  const shape = shapers.get(font);
  return shape ? shape(text).advanceWidth : font.layout(text).advanceWidth;
}
