import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font turned back into the TrueType/OpenType file it packs (W3C WOFF, section 5):
 * the tables inflated where compressed and laid out again behind an sfnt table directory.
 * HarfBuzz and the PDF need the plain file; npm's @fontsource packages ship fonts as WOFF.
 */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const data = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = data.readUInt32BE(4);
  const count = data.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const [offset, compressed, length, checksum] = [data.readUInt32BE(at + 4), data.readUInt32BE(at + 8), data.readUInt32BE(at + 12), data.readUInt32BE(at + 16)];
    const raw = data.subarray(offset, offset + compressed);
    const bytes = compressed < length ? inflateSync(raw) : raw;
    if (bytes.length !== length) throw new Error('a WOFF table does not inflate to its length');
    tables.push({ tag: data.subarray(at, at + 4), checksum, bytes });
  }
  const pad = (n: number) => (n + 3) & ~3;
  const head = 12 + 16 * count;
  const out = Buffer.alloc(head + tables.reduce((n, t) => n + pad(t.bytes.length), 0));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = head;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.bytes.length, at + 12);
    t.bytes.copy(out, offset);
    offset += pad(t.bytes.length);
  });
  return new Uint8Array(out);
}
