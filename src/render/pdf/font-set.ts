import { readFileSync } from 'node:fs';
import type { Font } from 'fontkit';
import { pdfFontFile, type FaceRole } from '../../fonts/font-files.js';
import { cacheShaping } from './shaping-cache.js';

type Fontkit = typeof import('fontkit');

// Parsed once per process: a Noto Sans SC parse costs ~15 ms and pdfkit would otherwise re-parse per use (STYLE.md).
const parsed = new Map<FaceRole, Font>();
let fontkit: Fontkit | undefined;

/** Loads fontkit on first use, so that importing the renderer stays cheap. */
export async function loadFontkit(): Promise<void> {
  fontkit ??= (await import('fontkit')) as Fontkit;
}

/**
 * The parsed font for a face, opened on first request and cached for the process.
 * Requires `loadFontkit()` to have completed.
 */
export function face(role: FaceRole): Font {
  const cached = parsed.get(role);
  if (cached) return cached;
  if (!fontkit) throw new Error('face() called before loadFontkit()');
  const bytes = readFileSync(pdfFontFile(role));
  const font = fontkit.create(bytes);
  if (!('layout' in font)) throw new Error(`${pdfFontFile(role)} is a font collection, not a font`);
  cacheShaping(font, bytes);
  parsed.set(role, font);
  return font;
}

/** The faces parsed so far in this process (lets tests prove the CJK face stayed closed). */
export function openedFaces(): FaceRole[] {
  return [...parsed.keys()];
}
