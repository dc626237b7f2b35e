import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Font } from 'fontkit';

/** A TrueType font file read in part: every table but the outlines, which are read glyph by glyph. */
export interface SparseFont {
  /** The file's size, zero where nothing has been read yet (untouched pages of a large zeroed allocation take no memory). */
  bytes: Buffer;
  fd: number;
  glyf: { offset: number; length: number };
}

/** Files at least this large are read in part (Noto Sans SC: 10.5 MB, of which 10.1 MB outlines). */
const SPARSE_FROM = 4 * 1024 * 1024;

/**
 * Opens a large TrueType font and reads everything but its `glyf` table (the outlines): for Noto
 * Sans SC, 0.44 MB of 10.5 MB. A brief with a few Chinese names needs a few dozen outlines, read
 * as their glyphs are first asked for (readOutlinesOnDemand). Undefined for a smaller file or one
 * that is not plain TrueType (the caller then reads it whole).
 */
export function openSparse(file: string): SparseFont | undefined {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < SPARSE_FROM) return close(fd);
    const header = Buffer.alloc(12);
    readFully(fd, header, 0, 12, 0);
    if (header.readUInt32BE(0) !== 0x00010000) return close(fd);
    const count = header.readUInt16BE(4);
    const bytes = Buffer.alloc(size);
    readFully(fd, bytes, 0, 12 + 16 * count, 0);
    let glyf: SparseFont['glyf'] | undefined;
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      const tag = bytes.toString('latin1', at, at + 4);
      const offset = bytes.readUInt32BE(at + 8);
      const length = bytes.readUInt32BE(at + 12);
      if (offset + length > size) return close(fd);
      if (tag === 'glyf') glyf = { offset, length };
      else readFully(fd, bytes, offset, length, offset);
    }
    if (!glyf) return close(fd);
    return { bytes, fd, glyf };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Makes `font` read a glyph's outline from the file the first time the glyph is asked for.
 * fontkit reaches outlines only through glyph objects, which it makes with `getGlyph` (composite
 * glyphs ask for their components the same way, and its subsetter asks before it copies), so the
 * outline is in place before anything reads it.
 */
export function readOutlinesOnDemand(font: Font, sparse: SparseFont): void {
  const f = font as unknown as { loca: { offsets: ArrayLike<number> }; getGlyph(id: number, codePoints?: number[]): unknown };
  const offsets = f.loca.offsets;
  const read = new Uint8Array(Math.max(0, offsets.length - 1));
  const getGlyph = f.getGlyph;
  f.getGlyph = function (this: unknown, id: number, codePoints?: number[]) {
    if (id >= 0 && id < read.length && !read[id]) {
      if (sparse.fd < 0) throw new Error('casebrief: a font was used after it was forgotten');
      read[id] = 1;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      if (end > start && end <= sparse.glyf.length) readFully(sparse.fd, sparse.bytes, sparse.glyf.offset + start, end - start, sparse.glyf.offset + start);
    }
    return getGlyph.call(this, id, codePoints);
  };
}

/** Closes the file; the font must not be asked for new glyphs after. */
export function closeSparse(sparse: SparseFont): void {
  if (sparse.fd >= 0) closeSync(sparse.fd);
  sparse.fd = -1;
}

function readFully(fd: number, into: Buffer, at: number, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, at + done, length - done, position + done);
    if (n === 0) throw new Error('font file ended early');
    done += n;
  }
}

function close(fd: number): undefined {
  closeSync(fd);
  return undefined;
}
