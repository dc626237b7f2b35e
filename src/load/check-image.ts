import path from 'node:path';
import { checkJpeg } from './check-jpeg.js';
import { checkPng } from './check-png.js';
import { ReadRefused, readFileCapped, regularFile, resolve } from './read-capped.js';

/** The largest picture file a case study may carry. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** What a referenced image turned out to be, or why it cannot be used. */
export type ImageCheck = { ok: true; path: string; format: 'png' | 'jpeg'; width: number; height: number; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Checks an image a case study references: inside the case study's folder (so a
 * shared case study cannot pull in other files), a regular file (not a pipe,
 * device or folder, nor a link to one), at most 20 MB, and a whole PNG or JPEG
 * within the pixel limits, checked as a decoder would, so that no writer meets
 * a picture it could hang or crash on.
 */
export async function checkImage(caseFile: string, relative: string): Promise<ImageCheck> {
  const base = path.resolve(path.dirname(caseFile));
  const target = path.resolve(base, relative);
  const name = `image "${relative}"`;
  if (path.isAbsolute(relative) || !(target + path.sep).startsWith(base + path.sep) || target === base) {
    return { ok: false, message: `${name} lies outside the case study's folder; put it in ${base} or a folder under it` };
  }
  let bytes: Buffer;
  let real: string;
  try {
    real = await resolve(target);
    // What the path really is comes first: a link to a device is refused as that, wherever it lies.
    await regularFile(target, real);
    // A symbolic link may point out of the folder; judge where it really leads.
    const realBase = await resolve(base);
    if (!real.startsWith(realBase + path.sep)) {
      return { ok: false, message: `${name} links to ${real}, outside the case study's folder; copy the file into ${base}` };
    }
    bytes = await readFileCapped(target, {
      real,
      maxBytes: MAX_IMAGE_BYTES,
      tooBig: (size) => `is ${(size / 1048576).toFixed(1)} MB; an image may be at most 20 MB`,
    });
  } catch (err) {
    if (!(err instanceof ReadRefused)) throw err;
    const missing = err.message === 'no such file';
    return { ok: false, message: missing ? `${name} not found (looked for ${target})` : `${name} ${err.message}` };
  }
  const format = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : undefined;
  if (!format) return { ok: false, message: `${name} is not a PNG or JPEG file${otherFormat(bytes)}; convert it to one of those` };
  const check = format === 'png' ? await checkPng(bytes, relative) : checkJpeg(bytes, relative);
  if (!check.ok) return { ok: false, message: `${name} ${check.message}` };
  return { ok: true, path: real, format, width: check.width, height: check.height, bytes };
}

/** The format of a picture that is not PNG or JPEG, when its first bytes tell, for the message. */
function otherFormat(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 12)).toString('latin1');
  if (head.startsWith('GIF8')) return ' (it is a GIF)';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return ' (it is a WebP)';
  if (/^....ftyp(heic|heix|mif1|msf1|avif)/.test(head)) return ' (it is a HEIC/AVIF photo)';
  if (head.startsWith('<svg') || head.startsWith('<?xml')) return ' (it is an SVG or other XML)';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return ' (it is a TIFF)';
  if (head.startsWith('%PDF')) return ' (it is a PDF)';
  return '';
}
