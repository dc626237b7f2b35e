import type { FaceRole } from '../../fonts/font-files.js';
import type { ShapedFont } from '../../fonts/shaped-font.js';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import type { Brand } from '../render-options.js';
import { brandFaces, face, prepareFaces, type BrandRole, type PdfFace } from './font-set.js';

/** Vertical metrics of a face, as fractions of the type size. */
export interface FaceMetrics {
  ascent: number;
  descent: number;
}

/** The one place text is measured; layout code asks it and nothing else. */
export interface Measurer {
  /** Advance width of `text` in points, as pdfkit will draw it. */
  width(text: string, role: PdfFace, size: number): number;
  /** Whether the face has a glyph for the code point (opens the face if needed). */
  covers(role: PdfFace, codePoint: number): boolean;
  metrics(role: PdfFace): FaceMetrics;
  /** The font of a face, for pdfkit to draw with. */
  font(role: PdfFace): ShapedFont;
  /** A brand's faces standing in for casebrief's own (where they have the glyph), by role; none without a brand. */
  brand?: Partial<Record<BrandRole, PdfFace>>;
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
/** Measurers of brands' font sets, by their fonts: a batch or a watch keeps one (and so its set lines, layout-cache.ts). */
const brandMeasurers = new Lru<string, Measurer>(8);
onClearCaches(() => brandMeasurers.clear());

/**
 * The measurer backed by the process-wide parsed fonts and their widths (ready once the shaper is
 * loaded). It is one object for the process, since its faces never change: the lines set with it
 * are remembered with it (layout-cache.ts).
 */
export async function fontMeasurer(fonts?: Brand['fonts']): Promise<Measurer> {
  await prepareFaces();
  if (fonts && (fonts.latin || fonts.cjk)) return brandMeasurer(fonts);
  measurer ??= measurerOf((role) => face(role as FaceRole));
  return measurer;
}

/** The measurer of a brand's fonts with casebrief's own behind them, one per set of fonts. */
function brandMeasurer(fonts: Brand['fonts']): Measurer {
  const own = brandFaces(fonts);
  const key = [...own].map(([role, f]) => `${role}=${f.id}`).join(',');
  let known = brandMeasurers.get(key);
  if (!known) {
    const lookup = (role: PdfFace): ShapedFont => (role.startsWith('brand-') ? own.get(role as `brand-${BrandRole}`)! : face(role as FaceRole));
    // One family throughout: a face the brand leaves out is set in its nearest face, not in casebrief's.
    const given = (...roles: BrandRole[]) => roles.map((r) => `brand-${r}` as const).find((r) => own.has(r));
    const brand: Partial<Record<BrandRole, PdfFace>> = {};
    const faces: [BrandRole, PdfFace | undefined][] = [
      ['latin', given('latin')],
      ['latin-bold', given('latin-bold', 'latin')],
      ['latin-italic', given('latin-italic', 'latin')],
      ['latin-bold-italic', given('latin-bold-italic', 'latin-bold', 'latin-italic', 'latin')],
      ['cjk', given('cjk')],
      ['cjk-bold', given('cjk-bold', 'cjk')],
    ];
    for (const [role, face] of faces) if (face) brand[role] = face;
    known = { ...measurerOf(lookup), brand };
    brandMeasurers.set(key, known);
  }
  return known;
}

function measurerOf(face: (role: PdfFace) => ShapedFont): Measurer {
  return {
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
    font: face,
  };
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
