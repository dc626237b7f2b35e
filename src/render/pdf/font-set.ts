import type { Font } from 'fontkit';
import { isParsed, onFontsForgotten, parsedFont } from '../../fonts/font-cache.js';
import { pdfFontFile, type FaceRole } from '../../fonts/font-files.js';
import { cacheShaping } from './shaping-cache.js';

// Parsed once per process: a Noto Sans SC parse costs ~15 ms and pdfkit would otherwise re-parse per use (STYLE.md).
const parsed = new Map<FaceRole, Font>();
onFontsForgotten(() => parsed.clear());
/** Fonts whose shaping is cached already: a font still parsed after others were forgotten keeps its cache. */
const shaped = new WeakSet<Font>();

/** The parsed font for a face, opened on first request and cached for the process, its shaping cached. */
export function face(role: FaceRole): Font {
  const cached = parsed.get(role);
  if (cached) return cached;
  const { font, bytes } = parsedFont(pdfFontFile(role));
  if (!shaped.has(font)) {
    cacheShaping(font, bytes);
    shaped.add(font);
  }
  parsed.set(role, font);
  return font;
}

const ROLES: readonly FaceRole[] = ['latin', 'latin-bold', 'latin-italic', 'cjk', 'cjk-bold'];

/** The faces parsed in this process and still held (lets tests prove the CJK face stayed closed). */
export function openedFaces(): FaceRole[] {
  return ROLES.filter((role) => isParsed(pdfFontFile(role)));
}
