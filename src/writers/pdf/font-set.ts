import type { Font } from 'fontkit';
import { isParsed, onFontsForgotten, parsedFont } from '../../fonts/font-cache.js';
import { pdfFontFile, type FaceRole } from '../../fonts/font-files.js';
import { cacheShaping } from './shaping-cache.js';
import { subsetSimpleGlyphsDirectly } from './subset-glyphs.js';

// Parsed once per process: a Noto Sans SC parse costs ~15 ms and pdfkit would otherwise re-parse per use (STYLE.md).
const parsed = new Map<FaceRole, Font>();
// A forgotten font leaves; the others stay, with the shaping cache set on them.
onFontsForgotten(() => {
  for (const role of parsed.keys()) if (!isParsed(pdfFontFile(role))) parsed.delete(role);
});

/** The parsed font for a face, opened on first request and cached for the process, its shaping cached. */
export function face(role: FaceRole): Font {
  const cached = parsed.get(role);
  if (cached) return cached;
  const { font, bytes } = parsedFont(pdfFontFile(role));
  cacheShaping(font, bytes);
  subsetSimpleGlyphsDirectly(font);
  parsed.set(role, font);
  return font;
}

/** The faces parsed in this process and still held (lets tests prove the CJK face stayed closed). */
export function openedFaces(): FaceRole[] {
  return [...parsed.keys()];
}
