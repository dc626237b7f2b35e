import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from './image-size.js';

/** The largest picture a case study may carry. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What a referenced image turned out to be, or why it cannot be used. */
export type ImageCheck = { ok: true; path: string; format: 'png' | 'jpeg'; width: number; height: number; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Checks an image a case study references: inside the case study's folder (so a
 * shared case study cannot pull in other files), present, and a PNG or JPEG by its bytes.
 */
export async function checkImage(caseFile: string, relative: string): Promise<ImageCheck> {
  const base = path.resolve(path.dirname(caseFile));
  const target = path.resolve(base, relative);
  if (path.isAbsolute(relative) || !(target + path.sep).startsWith(base + path.sep) || target === base) {
    return { ok: false, message: `image "${relative}" lies outside the case study's folder; put it in ${base} or a folder under it` };
  }
  let bytes: Buffer;
  try {
    const info = await stat(target);
    if (info.size > MAX_IMAGE_BYTES) return { ok: false, message: `image "${relative}" is ${(info.size / 1048576).toFixed(1)} MB; an image may be at most 20 MB` };
    bytes = await readFile(target);
  } catch {
    return { ok: false, message: `image "${relative}" not found (looked for ${target})` };
  }
  // A symbolic link may point out of the folder; judge where it really leads.
  const real = await realpath(target);
  const realBase = await realpath(base);
  if (!real.startsWith(realBase + path.sep)) {
    return { ok: false, message: `image "${relative}" links to ${real}, outside the case study's folder; copy the file into ${base}` };
  }
  const format = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'jpeg' : undefined;
  if (!format) return { ok: false, message: `image "${relative}" is not a PNG or JPEG file; convert it to one of those` };
  const size = imageSize(bytes, format);
  if (!size) return { ok: false, message: `image "${relative}" looks like a ${format.toUpperCase()} but its header is damaged; export it again` };
  return { ok: true, path: real, format, ...size, bytes };
}
