import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** A parsed font and the bytes it was parsed from. */
export interface ParsedFont {
  font: Font;
  bytes: Buffer;
}

const parsed = new Map<string, ParsedFont>();

/**
 * A font file, read and parsed once per process and shared by both renderers: Noto Sans SC is
 * 10 MB, and a build with Chinese text needs it for the PDF and to measure the deck.
 */
export function parsedFont(file: string): ParsedFont {
  let entry = parsed.get(file);
  if (!entry) {
    const bytes = readFileSync(file);
    const font = fontkit.create(bytes);
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    parsed.set(file, (entry = { font, bytes }));
  }
  return entry;
}
