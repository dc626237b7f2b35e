import { open, realpath } from 'node:fs/promises';
import path from 'node:path';

/** What a referenced image turned out to be, or why it cannot be used. */
export type ImageCheck = { ok: true; path: string; format: 'png' | 'jpeg' } | { ok: false; message: string };

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
  let head: Buffer;
  try {
    const handle = await open(target, 'r');
    try {
      head = Buffer.alloc(8);
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, message: `image "${relative}" not found (looked for ${target})` };
  }
  // A symbolic link may point out of the folder; judge where it really leads.
  const real = await realpath(target);
  const realBase = await realpath(base);
  if (!real.startsWith(realBase + path.sep)) {
    return { ok: false, message: `image "${relative}" links to ${real}, outside the case study's folder; copy the file into ${base}` };
  }
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { ok: true, path: target, format: 'png' };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { ok: true, path: target, format: 'jpeg' };
  return { ok: false, message: `image "${relative}" is not a PNG or JPEG file; convert it to one of those` };
}
