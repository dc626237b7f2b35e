import type { FaceRole } from '../../fonts/font-files.js';
import type { ShapedFont } from '../../fonts/shaped-font.js';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import { face, prepareFaces } from './font-set.js';

/** Vertical metrics of a face, as fractions of the type size. */
export interface FaceMetrics {
  ascent: number;
  descent: number;
}

/** The one place text is measured; layout code asks it and nothing else. */
export interface Measurer {
  /** Advance width of `text` in points, as pdfkit will draw it. */
  width(text: string, role: FaceRole, size: number): number;
  /** Whether the face has a glyph for the code point (opens the face if needed). */
  covers(role: FaceRole, codePoint: number): boolean;
  metrics(role: FaceRole): FaceMetrics;
}

/**
 * Widths in font units per 1000 em, by font and text: facts about the fonts, kept for the process
 * (a batch measures the same words in every case study), the least used dropped past a limit. The
 * key names the font itself (its parsed file), not only its role, so fonts chosen per document
 * never share a width.
 */
const widths = new Lru<string, number>(100_000);
onClearCaches(() => widths.clear());

let measurer: Measurer | undefined;

/**
 * The measurer backed by the process-wide parsed fonts and their widths (ready once the shaper is
 * loaded). It is one object for the process, since its faces never change: the lines set with it
 * are remembered with it (layout-cache.ts).
 */
export async function fontMeasurer(): Promise<Measurer> {
  await prepareFaces();
  measurer ??= {
    width(text, role, size) {
      const f = face(role);
      const key = `${f.id}\u0000${text}`;
      let units = widths.get(key);
      if (units === undefined) {
        units = unitsWidth(text, f);
        widths.set(key, units);
      }
      return (units * size) / 1000;
    },
    covers: (role, codePoint) => covers(face(role), codePoint),
    metrics(role) {
      const f = face(role);
      return { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
    },
  };
  return measurer;
}

function unitsWidth(text: string, f: ShapedFont): number {
  let total = 0;
  // pdfkit shapes each space-terminated word on its own, so measure the same chunks to match what it draws.
  for (const chunk of text.split(/(?<=[ \t])/)) {
    if (chunk) total += f.advance(chunk);
  }
  return (total * 1000) / f.unitsPerEm;
}

/** Which code points a font has, as asked so far: every character of every run is asked about. */
const coverage = new WeakMap<ShapedFont, Map<number, boolean>>();

function covers(font: ShapedFont, codePoint: number): boolean {
  let known = coverage.get(font);
  if (!known) {
    known = new Map();
    coverage.set(font, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = font.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}
