import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { Lru } from './lru.js';

/** A parsed font and the bytes it was parsed from. */
export interface ParsedFont {
  font: Font;
  bytes: Uint8Array;
}

/** More than the nine files casebrief ships (five PDF faces, four of Carlito), so they all stay. */
const FONTS_KEPT = 12;
const parsed = new Lru<string, ParsedFont>(FONTS_KEPT);

/**
 * A font file, read whole and parsed by fontkit once per process, and shared by both renderers:
 * a build with Chinese text needs Noto Sans SC for the PDF and to measure the deck.
 */
export function parsedFont(file: string): ParsedFont {
  let entry = parsed.get(file);
  if (!entry) {
    const bytes = readFileSync(file);
    const font = fontkit.create(bytes);
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    entry = { font, bytes };
    parsed.set(file, entry);
  }
  return entry;
}
