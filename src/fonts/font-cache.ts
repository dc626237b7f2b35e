import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/** A parsed font and the bytes it was parsed from. */
export interface ParsedFont {
  font: Font;
  bytes: Buffer;
}

const parsed = new Map<string, ParsedFont>();
const dependents: (() => void)[] = [];

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

/** Whether a font file has been parsed (and not forgotten since). */
export function isParsed(file: string): boolean {
  return parsed.has(file);
}

/** Drops parsed fonts, so they are read again when next asked for (see src/startup/warm-up.ts). */
export function forgetFonts(files: readonly string[]): void {
  for (const file of files) parsed.delete(file);
  for (const drop of dependents) drop();
}

/** Registers a cache built on parsed fonts, to be emptied when fonts are forgotten. */
export function onFontsForgotten(drop: () => void): void {
  dependents.push(drop);
}
