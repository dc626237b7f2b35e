import type { Font } from 'fontkit';

/** What fontkit 2.0 keeps of a TrueType font that this reads and fills in. */
interface TrueTypeFont {
  type: string;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  post: Record<string, unknown>;
}

/** Fields of `post` after its fixed header: glyph names, by version. Asking for one decodes the table whole. */
const NAME_FIELDS = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'];

/**
 * Decodes only the fixed header of a TrueType font's `post` table (italic angle, underline,
 * fixed pitch: what pdfkit and fontkit's metrics read), for fontkit to find it decoded. fontkit
 * decodes the table whole, glyph names included, on the first of those reads: for Noto Sans,
 * 4,268 names and ~20 ms, in every worker thread and in the startup snapshot (~0.4 MB), for names
 * nothing here reads. The header's values are the same (16.16 fixed point divided out, as
 * fontkit does); asking for a name field decodes the whole table through fontkit, as before.
 */
export function decodePostHeader(font: Font, bytes: Uint8Array): void {
  const f = font as unknown as TrueTypeFont;
  const table = f.directory?.tables?.post;
  if (f.type !== 'TTF' || !table || 'post' in f._tables || table.length < 32 || table.offset + 32 > bytes.length) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, 32);
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
