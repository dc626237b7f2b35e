import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a package: XML as text, media as bytes. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** An entry's bytes as they go into the zip, with what its headers say of them. */
interface Stored {
  crc: number;
  size: number;
  method: 0 | 8;
  bytes: Uint8Array;
}

const LEVEL = 6;
const encoder = new TextEncoder();

/**
 * Compressed parts that every deck made from the same template shares (masters, layouts, themes),
 * by their exact text: a batch deflates them once. Slides and notes, which differ from one case
 * study to the next, are never kept, so a batch of different case studies gains the same.
 */
const shared = new Map<string, Stored>();
const SHARED_LIMIT = 256;
const SHARED_PART = /^(?:ppt\/(?:theme|slideMasters|slideLayouts|notesMasters)\/|ppt\/(?:presProps|tableStyles|viewProps)\.xml$|_rels\/\.rels$)/;

function store(data: string | Uint8Array): Stored {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  // An empty entry is stored, as zip tools (and JSZip) write it.
  if (bytes.length === 0) return { crc: 0, size: 0, method: 0, bytes };
  return { crc: crc32(bytes), size: bytes.length, method: 8, bytes: deflateRawSync(bytes, { level: LEVEL }) };
}

function storeEntry(entry: ZipEntry): Stored {
  if (typeof entry.data !== 'string' || !SHARED_PART.test(entry.name)) return store(entry.data);
  let stored = shared.get(entry.data);
  if (!stored) {
    if (shared.size >= SHARED_LIMIT) shared.clear();
    stored = store(entry.data);
    // Kept, so copied to its own size: zlib's result is a view of a 16 kB buffer, whatever its length.
    stored.bytes = new Uint8Array(stored.bytes);
    shared.set(entry.data, stored);
  }
  return stored;
}

/** MS-DOS date and time fields (two seconds' precision), read in UTC so that a build is the same in every time zone. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/**
 * Zips a package in one synchronous pass (APPNOTE 6.3: local headers, central directory, end
 * record; no data descriptors, no ZIP64, names in UTF-8). Entries keep their order and all carry
 * `date`, so equal entries give equal bytes. Parts of a deck's template are compressed once per
 * process; see `shared`.
 */
export function zipPackage(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const names = entries.map((e) => encoder.encode(e.name));
  const stored = entries.map(storeEntry);
  let localSize = 0;
  let centralSize = 0;
  for (let i = 0; i < entries.length; i++) {
    localSize += 30 + names[i]!.length + stored[i]!.bytes.length;
    centralSize += 46 + names[i]!.length;
  }
  if (entries.length > 0xffff || localSize + centralSize > 0xffffffff) throw new RangeError('package too large for a zip without ZIP64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (let i = 0; i < entries.length; i++) {
    const name = names[i]!;
    const s = stored[i]!;
    // Bit 11: the name is UTF-8; set only when it is not plain ASCII.
    const flags = name.length !== entries[i]!.name.length ? 0x0800 : 0;
    const offset = at;
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, needed(s), true);
    writeCommon(view, at + 6, flags, s, time, day, name.length);
    out.set(name, at + 30);
    out.set(s.bytes, at + 30 + name.length);
    at += 30 + name.length + s.bytes.length;

    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, 0x0014, true);
    view.setUint16(central + 6, needed(s), true);
    writeCommon(view, central + 8, flags, s, time, day, name.length);
    // Comment length, disk number, internal and external attributes: all zero.
    view.setUint32(central + 42, offset, true);
    out.set(name, central + 46);
    central += 46 + name.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

/** The version needed to extract: 2.0 for DEFLATE, 1.0 for a stored entry (APPNOTE 4.4.3.2). */
function needed(s: Stored): number {
  return s.method === 8 ? 20 : 10;
}

/** The fields a local header and its central directory record share, from "flags" to "extra length". */
function writeCommon(view: DataView, at: number, flags: number, s: Stored, time: number, day: number, nameLength: number): void {
  view.setUint16(at, flags, true);
  view.setUint16(at + 2, s.method, true);
  view.setUint16(at + 4, time, true);
  view.setUint16(at + 6, day, true);
  view.setUint32(at + 8, s.crc, true);
  view.setUint32(at + 12, s.bytes.length, true);
  view.setUint32(at + 16, s.size, true);
  view.setUint16(at + 20, nameLength, true);
  view.setUint16(at + 22, 0, true);
}
