import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImage } from '../../src/load/check-image.js';
import { jpeg, png } from './picture-builder.js';

const posix = process.platform !== 'win32';

/** A case-study file in a fresh folder, with the given files beside it. */
function caseWith(files: Record<string, Uint8Array> = {}): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-image-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  return { dir, file: path.join(dir, 'case.yaml') };
}

async function message(file: string, relative: string): Promise<string> {
  const result = await checkImage(file, relative);
  if (result.ok) throw new Error('expected the picture to be refused');
  return result.message;
}

describe('checkImage', () => {
  it('reads a whole PNG and a whole JPEG with their size and bytes', async () => {
    const { file } = caseWith({ 'a.png': png(30, 20), 'b.jpg': jpeg(300, 200) });
    expect(await checkImage(file, 'a.png')).toMatchObject({ ok: true, format: 'png', width: 30, height: 20 });
    const photo = await checkImage(file, 'b.jpg');
    expect(photo).toMatchObject({ ok: true, format: 'jpeg', width: 300, height: 200 });
    expect(photo.ok && photo.bytes.length).toBe(jpeg(300, 200).length);
  });

  it('names the picture and what is wrong with it', async () => {
    const { file } = caseWith({ 'p.png': png(30, 20).subarray(0, 50) });
    expect(await message(file, 'p.png')).toMatch(/^image "p\.png" is cut short: /);
  });

  it('names a format it does not take', async () => {
    const { file } = caseWith({ 'a.gif': Buffer.from('GIF89a....'), 'b.webp': Buffer.from('RIFF\0\0\0\0WEBPVP8 ') });
    expect(await message(file, 'a.gif')).toBe('image "a.gif" is not a PNG or JPEG file (it is a GIF); convert it to one of those');
    expect(await message(file, 'b.webp')).toBe('image "b.webp" is not a PNG or JPEG file (it is a WebP); convert it to one of those');
  });

  it('refuses a picture outside the case study’s folder, also through a link', async () => {
    const { dir, file } = caseWith();
    expect(await message(file, '../elsewhere.png')).toMatch(/lies outside the case study's folder/);
    symlinkSync('/etc/hostname', path.join(dir, 'host.png'));
    expect(await message(file, 'host.png')).toMatch(/^image "host\.png" links to \/etc\/hostname, outside the case study's folder/);
  });

  it('reports a missing picture with where it looked', async () => {
    const { dir, file } = caseWith();
    expect(await message(file, 'none.png')).toBe(`image "none.png" not found (looked for ${path.join(dir, 'none.png')})`);
  });

  it.runIf(posix)('refuses a named pipe, a folder and a link to a pipe in the folder without reading them', async () => {
    const { dir, file } = caseWith();
    execFileSync('mkfifo', [path.join(dir, 'pipe.png')]);
    symlinkSync(path.join(dir, 'pipe.png'), path.join(dir, 'link.png'));
    execFileSync('mkdir', [path.join(dir, 'folder.png')]);
    expect(await message(file, 'pipe.png')).toBe('image "pipe.png" is a named pipe (FIFO), not a file');
    expect(await message(file, 'link.png')).toBe(`image "link.png" links to ${path.join(dir, 'pipe.png')}, a named pipe (FIFO), not a file`);
    expect(await message(file, 'folder.png')).toBe('image "folder.png" is a folder, not a file');
  });

  it.runIf(posix)('refuses a device the folder links to', async () => {
    const { dir, file } = caseWith();
    symlinkSync('/dev/zero', path.join(dir, 'zero.png'));
    expect(await message(file, 'zero.png')).toBe('image "zero.png" links to /dev/zero, a device, not a file');
  });

  it.runIf(posix)('refuses a picture over 20 MB by its size', async () => {
    const { dir, file } = caseWith();
    writeFileSync(path.join(dir, 'big.png'), '');
    execFileSync('truncate', ['-s', '21M', path.join(dir, 'big.png')]);
    expect(await message(file, 'big.png')).toBe('image "big.png" is 21.0 MB; an image may be at most 20 MB');
  });
});
