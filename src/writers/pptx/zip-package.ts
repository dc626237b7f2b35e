import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { strFromU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
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
const DEFLATED = 8;

/**
 * Compressed parts remembered between decks, by the SHA-1 of their bytes: the parts a template's
 * decks share, and the slides an edit did not touch, are compressed once (DEFLATE at one level
 * gives the same bytes for the same input). Bounded by count, about three decks' parts.
 */
const compressed = new Lru<string, Uint8Array<ArrayBuffer>>(128);
onClearCaches(() => compressed.clear());

function deflatePart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const key = createHash('sha1').update(bytes).digest('base64');
  let out = compressed.get(key);
  if (out === undefined) {
    out = deflateRawSync(bytes, { level: LEVEL });
    compressed.set(key, out);
  }
  return out;
}

/**
 * An entry compressed by Node.js's zlib, in C, where fflate's own DEFLATE (or pako's, JSZip's)
 * runs in JavaScript: fflate's documented way to bring a compressor of one's own is a
 * ZipPassThrough whose `process` hands on compressed data, while `push` counts the size and
 * the CRC-32 of the data as it was.
 */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = DEFLATED;
  }

  /** `zipPackage` pushes each part whole, in one final chunk: one DEFLATE stream per part. */
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflatePart(chunk), final);
  }
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
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const entry = typeof data !== 'string' && COMPRESSED_MEDIA.test(name) ? new ZipPassThrough(name) : new NativeDeflate(name);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(bytes, true);
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
