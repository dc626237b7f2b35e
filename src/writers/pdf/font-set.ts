import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { parsedFont } from '../../fonts/font-cache.js';
import { pdfFontFile, type FaceRole } from '../../fonts/font-files.js';
import { harfbuzzFont, loadHarfbuzz } from '../../fonts/harfbuzz-shaper.js';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import { ShapedFont } from '../../fonts/shaped-font.js';
import type { Brand, BrandFaces, BrandFont } from '../render-options.js';

/** A face a brand gives: the built-in roles, and bold italic, which casebrief's own fonts leave out. */
export type BrandRole = FaceRole | 'latin-bold-italic';

/** A face a PDF may draw with: casebrief's own (by role), or one of a brand's (`brand-<role>`). */
export type PdfFace = FaceRole | `brand-${BrandRole}`;

// One shaped font per face and process: pdfkit is given it for every document (STYLE.md: parse each font once).
const faces = new Map<FaceRole, ShapedFont>();
/** Brands' fonts, by their bytes' digest: a batch or a watch reads the theme's files for every build. */
const brandFonts = new Lru<string, ShapedFont>(16);
onClearCaches(() => {
  for (const f of faces.values()) f.forget();
  brandFonts.clear();
});

/** Makes the faces ready to open: loads the shaper, once per process. */
export async function prepareFaces(): Promise<void> {
  await loadHarfbuzz();
}

/**
 * The font of a face, parsed on first request and kept for the process with its shaped runs
 * (after `prepareFaces`): fontkit reads it, for pdfkit to subset, and HarfBuzz shapes its text.
 */
export function face(role: FaceRole): ShapedFont {
  let shaped = faces.get(role);
  if (!shaped) {
    const { font, bytes } = parsedFont(pdfFontFile(role));
    shaped = shapedFont(font, bytes);
    faces.set(role, shaped);
  }
  return shaped;
}

function shapedFont(font: Font, bytes: Uint8Array): ShapedFont {
  const { shape, post } = harfbuzzFont(bytes);
  return new ShapedFont(font, shape, post);
}

/** A brand's font file, parsed and kept for the process (after `prepareFaces`). */
function brandFont(given: BrandFont): ShapedFont {
  const key = createHash('sha256').update(given.bytes).digest('hex');
  let shaped = brandFonts.get(key);
  if (!shaped) {
    const font = fontkit.create(Buffer.from(given.bytes)) as Font;
    shaped = shapedFont(font, given.bytes);
    brandFonts.set(key, shaped);
  }
  return shaped;
}

/** The faces a brand gives, by role (only those it gives). */
export function brandFaces(fonts: Brand['fonts']): Map<`brand-${BrandRole}`, ShapedFont> {
  const out = new Map<`brand-${BrandRole}`, ShapedFont>();
  const add = (script: 'latin' | 'cjk', given: BrandFaces | undefined) => {
    if (!given) return;
    const regular = brandFont(given.regular);
    const bold = given.bold ? brandFont(given.bold) : undefined;
    const italic = given.italic ? brandFont(given.italic) : undefined;
    out.set(`brand-${script}`, regular);
    if (bold) out.set(`brand-${script}-bold`, bold);
    if (script === 'latin') {
      if (italic) out.set('brand-latin-italic', italic);
      if (given.boldItalic) out.set('brand-latin-bold-italic', brandFont(given.boldItalic));
    }
  };
  add('latin', fonts.latin);
  add('cjk', fonts.cjk);
  return out;
}

/** The faces opened in this process and still held (lets tests prove the CJK face stayed closed). */
export function openedFaces(): FaceRole[] {
  return [...faces.keys()];
}
