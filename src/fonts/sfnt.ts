/**
 * Just enough of the sfnt container (TrueType/OpenType) to reach a table's bytes:
 * the fast shaper reads GSUB, GPOS, GDEF and the metrics itself instead of
 * having fontkit decode whole tables into objects.
 */

/** A font file's tables, as views onto its bytes. */
export type SfntTables = ReadonlyMap<string, DataView>;

/** The table directory of a TrueType or CFF-flavoured OpenType file (not a collection, not WOFF). */
export function sfntTables(bytes: Uint8Array): SfntTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, DataView>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset + offset, length));
  }
  return tables;
}

/** Advance widths from hmtx, in font units (glyphs past numberOfHMetrics share the last advance). */
export function advanceWidths(tables: SfntTables): (glyph: number) => number {
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  if (!hhea || !hmtx) throw new Error('font has no horizontal metrics');
  const count = hhea.getUint16(34);
  return (glyph) => hmtx.getUint16(4 * (glyph < count ? glyph : count - 1));
}
