/** Tables that hold a TrueType font's outlines: nothing HarfBuzz shapes with (it would read them only for glyph extents). */
const OUTLINES = new Set(['glyf', 'loca']);

/**
 * A font file of the same font without its outlines, to hand to HarfBuzz: harfbuzzjs copies the
 * file it is given into WebAssembly memory, which never shrinks, and Noto Sans SC's outlines are
 * 10.1 MB of its 10.5. The other tables are copied as they are, each 4-byte aligned, behind a new
 * table directory (OpenType "table directory": a 12-byte header, then a 16-byte record a table).
 * Anything but a plain TrueType file (or one without outlines) is returned unchanged.
 */
export function withoutOutlines(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0) !== 0x00010000) return bytes;
  const count = view.getUint16(4);
  if (bytes.length < 12 + 16 * count) return bytes;
  const kept: { record: number; offset: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.length) return bytes;
    if (!OUTLINES.has(String.fromCharCode(...bytes.subarray(record, record + 4)))) kept.push({ record, offset, length });
  }
  if (kept.length === count) return bytes;
  const padded = (n: number) => (n + 3) & ~3;
  let size = 12 + 16 * kept.length;
  for (const table of kept) size += padded(table.length);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(0, 12));
  // numTables, and the binary-search fields derived from it (searchRange, entrySelector, rangeShift).
  const power = 2 ** Math.floor(Math.log2(kept.length));
  outView.setUint16(4, kept.length);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, kept.length * 16 - power * 16);
  let at = 12 + 16 * kept.length;
  kept.forEach((table, i) => {
    const record = 12 + 16 * i;
    // Tag and checksum as they were; the new offset; the same length.
    out.set(bytes.subarray(table.record, table.record + 8), record);
    outView.setUint32(record + 8, at);
    outView.setUint32(record + 12, table.length);
    out.set(bytes.subarray(table.offset, table.offset + table.length), at);
    at += padded(table.length);
  });
  return out;
}
