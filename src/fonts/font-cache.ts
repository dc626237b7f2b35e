import { closeSync, fstatSync, openSync, read, readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { decodeLocaDirectly } from './fast-loca.js';

/** A parsed font and the bytes it was parsed from. */
export interface ParsedFont {
  font: Font;
  bytes: Buffer;
}

const parsed = new Map<string, ParsedFont>();
const dependents: (() => void)[] = [];
/** Font files read ahead by prefetchFonts, not parsed yet. */
const prefetched = new Map<string, Buffer>();
const reading = new Map<string, Promise<void>>();

/**
 * A font file, read and parsed once per process and shared by both renderers: Noto Sans SC is
 * 10 MB, and a build with Chinese text needs it for the PDF and to measure the deck.
 */
export function parsedFont(file: string): ParsedFont {
  let entry = parsed.get(file);
  if (!entry) {
    const bytes = prefetched.get(file) ?? readFileSync(file);
    prefetched.delete(file);
    const font = fontkit.create(bytes);
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    decodeLocaDirectly(font, bytes);
    parsed.set(file, (entry = { font, bytes }));
  }
  return entry;
}

/**
 * Starts reading font files in the background, on libuv's threads, so that parsedFont finds their
 * bytes ready: Noto Sans SC's 10 MB are read while the templates run instead of when the first
 * Chinese character is laid out. Files already parsed, read or being read are not read again.
 * Resolves once all are read; never rejects (a file that could not be read is read again by
 * parsedFont, which reports the error where it always has).
 */
export function prefetchFonts(files: readonly string[]): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const file of files) {
    if (parsed.has(file) || prefetched.has(file)) continue;
    let read = reading.get(file);
    if (!read) {
      read = readWhole(file).then(
        (bytes) => {
          if (reading.get(file) === read && !parsed.has(file)) prefetched.set(file, bytes);
        },
        () => undefined,
      );
      reading.set(file, read);
      void read.finally(() => reading.get(file) === read && reading.delete(file));
    }
    pending.push(read);
  }
  return Promise.all(pending).then(() => undefined);
}

/** Whether a font file has been parsed (and not forgotten since). */
export function isParsed(file: string): boolean {
  return parsed.has(file);
}

/** Drops parsed fonts, so they are read again when next asked for (see src/startup/warm-up.ts). */
export function forgetFonts(files: readonly string[]): void {
  for (const file of files) {
    parsed.delete(file);
    prefetched.delete(file);
    reading.delete(file);
  }
  for (const drop of dependents) drop();
}

/** Registers a cache built on parsed fonts, to be emptied when fonts are forgotten. */
export function onFontsForgotten(drop: () => void): void {
  dependents.push(drop);
}

/**
 * A file's bytes, read by one job on libuv's thread pool. Opening and sizing it are quick system
 * calls made here; the read itself, the slow part, then runs while this thread goes on with its
 * work. (fs.promises.readFile chains a dozen steps, each waiting for this thread to be free, and
 * reads in 512 kB pieces.)
 */
function readWhole(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (err) {
      reject(err as Error);
      return;
    }
    const finish = (err: Error | null, bytes?: Buffer) => {
      closeSync(fd);
      if (err) reject(err);
      else resolve(bytes!);
    };
    let bytes: Buffer;
    try {
      bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch (err) {
      finish(err as Error);
      return;
    }
    // One read of the whole file; a short read (a file that shrank) is taken as it is.
    read(fd, bytes, 0, bytes.length, 0, (err, n) => finish(err, n === bytes.length ? bytes : bytes.subarray(0, n)));
  });
}
