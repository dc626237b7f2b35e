import { parsedFont } from '../../fonts/font-cache.js';
import { pdfFontFile, type FaceRole } from '../../fonts/font-files.js';
import { harfbuzzFont, loadHarfbuzz } from '../../fonts/harfbuzz-shaper.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import { ShapedFont } from '../../fonts/shaped-font.js';

// One shaped font per face and process: pdfkit is given it for every document (STYLE.md: parse each font once).
const faces = new Map<FaceRole, ShapedFont>();
onClearCaches(() => {
  for (const f of faces.values()) f.forget();
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
    const { shape, post } = harfbuzzFont(bytes);
    shaped = new ShapedFont(font, shape, post);
    faces.set(role, shaped);
  }
  return shaped;
}

/** The faces opened in this process and still held (lets tests prove the CJK face stayed closed). */
export function openedFaces(): FaceRole[] {
  return [...faces.keys()];
}
