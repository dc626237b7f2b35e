import os from 'node:os';
import type { Font } from 'fontkit';

/**
 * Two tables of a TrueType font decoded straight from its bytes, for fontkit to find them
 * decoded (it looks in `_tables` before decoding a table itself). fontkit decodes every table
 * whole through its generic struct reader, value by value; these two are large where casebrief
 * needs little of them. Fonts other than plain TrueType (WOFF, whose tables are compressed) are
 * left to fontkit, as is any table already decoded.
 */

/** What fontkit 2.0 keeps of a TrueType font that this reads and fills in. */
interface TrueTypeFont {
  type: string;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  head: { indexToLocFormat: number };
  post: Record<string, unknown>;
}

/** The bytes of table `tag` (at least `minLength` of them), when this may decode it; else undefined. */
function rawTable(font: Font, tag: string, bytes: Uint8Array, minLength = 0): { f: TrueTypeFont; view: DataView } | undefined {
  const f = font as unknown as TrueTypeFont;
  const table = f.directory?.tables?.[tag];
  if (f.type !== 'TTF' || !table || tag in f._tables || table.length < minLength || table.offset + table.length > bytes.length) return undefined;
  return { f, view: new DataView(bytes.buffer, bytes.byteOffset + table.offset, table.length) };
}

/**
 * `loca`, where each glyph's outline starts: for Noto Sans SC's 30,898 glyphs fontkit's reader
 * cost ~4 ms of a cold build, at the first Chinese glyph measured. The offsets are the same, in a
 * typed array instead of an array. Only the long format, which every font casebrief ships uses,
 * is read here; the short one is left to fontkit.
 */
export function decodeLocaDirectly(font: Font, bytes: Uint8Array): void {
  const raw = rawTable(font, 'loca', bytes);
  if (!raw || raw.f.head.indexToLocFormat !== 1) return;
  const count = Math.floor(raw.view.byteLength / 4);
  // Big-endian words swapped to the machine's order by Buffer's native swap32, on a copy: a loop
  // of getUint32 over 30,898 entries took ~2 ms in a cold process, where code is interpreted.
  const words = Buffer.from(raw.view.buffer.slice(raw.view.byteOffset, raw.view.byteOffset + count * 4));
  const offsets = new Uint32Array(words.buffer, words.byteOffset, count);
  if (os.endianness() === 'LE') words.swap32();
  raw.f._tables.loca = { version: 1, offsets };
}

/** Fields of `post` after its fixed header: glyph names, by version. Asking for one decodes the table whole. */
const NAME_FIELDS = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'];

/**
 * Only the fixed header of `post` (italic angle, underline, fixed pitch: what pdfkit and fontkit's
 * metrics read). fontkit decodes the table whole, glyph names included, on the first of those
 * reads: for Noto Sans, 4,268 names and ~20 ms, in every worker thread and in the startup
 * snapshot (~0.4 MB), for names nothing here reads. The header's values are the same (16.16
 * fixed point divided out, as fontkit does); asking for a name field decodes the whole table
 * through fontkit, as before.
 */
export function decodePostHeader(font: Font, bytes: Uint8Array): void {
  const raw = rawTable(font, 'post', bytes, 32);
  if (!raw) return;
  const { f, view } = raw;
  const post: Record<string, unknown> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  for (const field of NAME_FIELDS) {
    Object.defineProperty(post, field, {
      enumerable: false,
      configurable: true,
      get() {
        delete f._tables.post;
        return f.post[field];
      },
    });
  }
  f._tables.post = post;
}
