import type { Font } from 'fontkit';
import { fastShaper } from '../../fonts/fast-shaper.js';

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
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
  const layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((arg) => arg !== undefined)) return (original as (...a: unknown[]) => unknown)(text, ...rest);
    let hit = cache.get(text);
    if (!hit) {
      const run = fast?.(text) ?? original(text);
      hit = {
        glyphs: run.glyphs,
        positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
        advanceWidth: run.advanceWidth,
      };
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, hit);
    }
    return { glyphs: hit.glyphs, positions: hit.positions.map((p) => ({ ...p })), advanceWidth: hit.advanceWidth };
  };
  (font as unknown as { layout: typeof layout }).layout = layout;
}
