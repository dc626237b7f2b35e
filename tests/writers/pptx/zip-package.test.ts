import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../../src/writers/pptx/zip-package.js';

const date = new Date(Date.UTC(2026, 4, 17, 9, 30, 42));
const entries = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: 'ppt/slideLayouts/slideLayout1.xml', data: '<p:sldLayout>' + 'layout '.repeat(200) + '</p:sldLayout>' },
  { name: 'ppt/slides/slide1.xml', data: '<p:sld><a:t>Milano – 上海, “continual”</a:t></p:sld>' },
  { name: 'ppt/media/image-1.png', data: Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256) },
  { name: 'ppt/empty.xml', data: '' },
  { name: 'ppt/notes/città.xml', data: '<n/>' },
];

describe('zipPackage', () => {
  it('writes a zip that another reader opens, with every entry in order and byte for byte', async () => {
    const zip = await JSZip.loadAsync(zipPackage(entries, date));
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const file = zip.file(e.name)!;
      if (typeof e.data === 'string') expect(await file.async('string')).toBe(e.data);
      else expect(await file.async('uint8array')).toEqual(e.data);
      expect(file.date.toISOString()).toBe('2026-05-17T09:30:42.000Z');
    }
  });

  it('passes unzip -t, the Info-ZIP test of every CRC and size', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-zip-'));
    const file = path.join(dir, 'package.zip');
    writeFileSync(file, zipPackage(entries, date));
    let out: string;
    try {
      out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // unzip is installed by .ci/run; without it, the JSZip test above stands
      throw err;
    }
    expect(out).toMatch(/No errors detected/);
  });

  it('gives equal bytes for equal entries, the shared template parts included', () => {
    const first = zipPackage(entries, date);
    expect(zipPackage(entries.map((e) => ({ ...e })), date)).toEqual(first);
  });

  it('compresses text, stores an empty entry, says which version each needs, and flags a non-ASCII name as UTF-8', () => {
    const bytes = zipPackage(entries, date);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const locals: { name: string; version: number; flags: number; method: number }[] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      const nameLength = view.getUint16(at + 26, true);
      const size = view.getUint32(at + 18, true);
      locals.push({ name: new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)), version: view.getUint16(at + 4, true), flags: view.getUint16(at + 6, true), method: view.getUint16(at + 8, true) });
      at += 30 + nameLength + size;
    }
    expect(locals.map((l) => l.name)).toEqual(entries.map((e) => e.name));
    expect(locals.find((l) => l.name.endsWith('slideLayout1.xml'))!.method).toBe(8);
    expect(locals.find((l) => l.name === 'ppt/empty.xml')!.method).toBe(0);
    // Version needed to extract: 2.0 where DEFLATE is used, 1.0 for a stored entry.
    expect(locals.find((l) => l.name.endsWith('slideLayout1.xml'))!.version).toBe(20);
    expect(locals.find((l) => l.name === 'ppt/empty.xml')!.version).toBe(10);
    expect(locals.find((l) => l.name.includes('città'))!.flags & 0x0800).toBe(0x0800);
    expect(locals.find((l) => l.name === 'ppt/slides/slide1.xml')!.flags & 0x0800).toBe(0);
  });
});
