import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync, Zip, type ZipInputFile } from 'fflate';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';

/** One entry of a package: XML as text, media as bytes. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** DEFLATE's level: zlib's default, the usual balance of size and time. */
const LEVEL = 6;
const COMPRESSED_MEDIA = /\.(?:png|jpe?g|gif)$/i;
/** The compression method numbers of the zip format (APPNOTE 4.4.5). */
const STORED = 0;
const DEFLATED = 8;

/** A part as a zip holds it: its data (compressed or not), and the size and CRC-32 of its bytes as they were. */
interface PackedPart {
  readonly compression: typeof STORED | typeof DEFLATED;
  readonly size: number;
  readonly crc: number;
  readonly data: Uint8Array<ArrayBuffer>;
}

/**
 * Compressed parts remembered between decks, by the SHA-1 of their bytes: the parts a template's
 * decks share, and the slides an edit did not touch, are compressed and summed once (DEFLATE at
 * one level gives the same bytes for the same input). Bounded by count, about three decks' parts.
 */
const compressed = new Lru<string, PackedPart>(128);
onClearCaches(() => compressed.clear());

/**
 * Packs a part: pictures (compressed already) stored, everything else compressed with DEFLATE.
 * Both the compression and the CRC-32 are Node.js's zlib, in C, where fflate's (or pako's,
 * JSZip's) run in JavaScript. Pictures are not remembered: summing them costs what hashing would.
 */
function pack(name: string, bytes: Uint8Array): PackedPart {
  if (COMPRESSED_MEDIA.test(name)) return { compression: STORED, size: bytes.length, crc: crc32(bytes), data: bytes as Uint8Array<ArrayBuffer> };
  const key = createHash('sha1').update(bytes).digest('base64');
  let part = compressed.get(key);
  if (part === undefined) {
    part = { compression: DEFLATED, size: bytes.length, crc: crc32(bytes), data: deflateRawSync(bytes, { level: LEVEL }) };
    compressed.set(key, part);
  }
  return part;
}

/**
 * The date whose local time reads as `date` does in UTC. A zip entry's time has no time zone
 * and fflate writes it in the process's local time; giving it this twin writes `date`'s UTC
 * time, so that equal entries give equal bytes in any time zone. (In the hour a clock skips
 * for summer time, that UTC time does not exist as a local time, and the entry is dated an
 * hour later in that time zone only.)
 */
function localTwin(date: Date): number {
  const utc = date.getTime();
  let twin = utc + date.getTimezoneOffset() * 60_000;
  // The offset is the one in force at the twin's moment, which summer time can make another.
  twin = utc + new Date(twin).getTimezoneOffset() * 60_000;
  return twin;
}

/**
 * Zips a package with fflate: entries in the order given, text as UTF-8 compressed with
 * DEFLATE (pictures, compressed already, stored), every entry dated `date`, and no folder
 * entries (a package holds parts only). Equal entries give equal bytes.
 */
export function zipPackage(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else chunks.push(chunk);
  });
  const mtime = localTwin(date);
  for (const { name, data } of entries) {
    const part = pack(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    // fflate's documented interface for a file whose data, size and CRC its caller gives (ZipInputFile).
    const file: ZipInputFile = { filename: name, mtime, compression: part.compression, size: part.size, crc: part.crc };
    zip.add(file);
    file.ondata?.(null, part.data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/** The entries of a zip file by name, as bytes, in the order of its central directory; folders left out. */
export function unzipPackage(bytes: Uint8Array): Map<string, Uint8Array> {
  const order: string[] = [];
  const files = unzipSync(bytes, {
    filter: (file) => {
      const part = !file.name.endsWith('/');
      if (part) order.push(file.name);
      return part;
    },
  });
  // By the directory's order, not the object's: an object lists names that look like numbers first.
  return new Map(order.flatMap((name) => (Object.hasOwn(files, name) ? [[name, files[name]!] as const] : [])));
}

/** An XML part's bytes as text (UTF-8). */
export const partText = (bytes: Uint8Array): string => strFromU8(bytes);
