import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { decodeLocaDirectly, decodePostHeader } from './direct-tables.js';
import { closeSparse, openSparse, readOutlinesOnDemand, type SparseFont } from './sparse-font.js';

/** A parsed font and the bytes it was parsed from. */
export interface ParsedFont {
  font: Font;
  bytes: Buffer;
}

const parsed = new Map<string, ParsedFont>();
const dependents: (() => void)[] = [];
/** Font files kept open to read outlines from (see sparse-font.ts). */
const files = new Map<string, SparseFont>();

/**
 * A font file, read and parsed once per process and shared by both renderers: a build with
 * Chinese text needs Noto Sans SC for the PDF and to measure the deck. A large TrueType file
 * (Noto Sans SC: 10.5 MB) is read without its outlines, which are read glyph by glyph as needed
 * (sparse-font.ts): 0.44 MB read, and ~10 MB less memory a process.
 */
export function parsedFont(file: string): ParsedFont {
  let entry = parsed.get(file);
  if (!entry) {
    const sparse = openSparse(file);
    const bytes = sparse?.bytes ?? readFileSync(file);
    const font = fontkit.create(bytes);
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    decodeLocaDirectly(font, bytes);
    decodePostHeader(font, bytes);
    if (sparse) {
      readOutlinesOnDemand(font, sparse);
      files.set(file, sparse);
    }
    parsed.set(file, (entry = { font, bytes }));
  }
  return entry;
}

/** Whether a font file has been parsed (and not forgotten since). */
export function isParsed(file: string): boolean {
  return parsed.has(file);
}

/** Drops parsed fonts, so they are read again when next asked for (see src/startup/warm-up.ts). */
export function forgetFonts(forgotten: readonly string[]): void {
  for (const file of forgotten) {
    const sparse = files.get(file);
    if (sparse) closeSparse(sparse);
    files.delete(file);
    parsed.delete(file);
  }
  for (const drop of dependents) drop();
}

/** Registers a cache built on parsed fonts, to be emptied when fonts are forgotten. */
export function onFontsForgotten(drop: () => void): void {
  dependents.push(drop);
}
