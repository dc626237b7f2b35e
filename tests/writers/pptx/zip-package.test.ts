import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../../src/writers/pptx/zip-package.js';

const date = new Date(Date.UTC(2026, 4, 17, 9, 30, 42));
const entries = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: 'ppt/slideLayouts/slideLayout1.xml', data: `<p:sldLayout>${'layout '.repeat(200)}</p:sldLayout>` },
  { name: 'ppt/slides/slide1.xml', data: '<p:sld><a:t>Milano – 上海, “continual”</a:t></p:sld>' },
  { name: 'ppt/media/image-1.png', data: Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256) },
  { name: 'ppt/empty.xml', data: '' },
  { name: 'ppt/notes/città.xml', data: '<n/>' },
];

describe('zipPackage', () => {
  it('writes every entry in order, byte for byte, dated as asked, with no folder entries', async () => {
    const zip = await JSZip.loadAsync(await zipPackage(entries, date));
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const file = zip.file(e.name)!;
      if (typeof e.data === 'string') expect(await file.async('string')).toBe(e.data);
      else expect(await file.async('uint8array')).toEqual(e.data);
      expect(file.date.toISOString()).toBe('2026-05-17T09:30:42.000Z');
    }
  });

  it('passes unzip -t, the Info-ZIP test of every CRC and size, compresses text and stores pictures', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-zip-'));
    const file = path.join(dir, 'package.zip');
    writeFileSync(file, await zipPackage(entries, date));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
    expect(listing).toMatch(/Defl:N .* ppt\/slideLayouts\/slideLayout1\.xml/);
    expect(listing).toMatch(/Stored .* ppt\/media\/image-1\.png/);
    expect(listing).toMatch(/2026-05-17 09:30/);
  });

  it('gives equal bytes for equal entries, in one process and concurrently', async () => {
    const first = await zipPackage(entries, date);
    expect(
      await zipPackage(
        entries.map((e) => ({ ...e })),
        date,
      ),
    ).toEqual(first);
    const together = await Promise.all([zipPackage(entries, date), zipPackage(entries, date), zipPackage(entries, date)]);
    for (const bytes of together) expect(bytes).toEqual(first);
  });

  it('gives the same bytes in processes with other time zones', async () => {
    const script = `import { zipPackage } from './src/writers/pptx/zip-package.ts';
const entries = ${JSON.stringify(entries.filter((e) => typeof e.data === 'string'))};
const bytes = await zipPackage(entries, new Date(${date.getTime()}));
process.stdout.write(Buffer.from(bytes).toString('base64'));`;
    const expected = Buffer.from(
      await zipPackage(
        entries.filter((e) => typeof e.data === 'string'),
        date,
      ),
    ).toString('base64');
    for (const TZ of ['America/Los_Angeles', 'Asia/Shanghai']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ } });
      expect(child.stderr).toBe('');
      expect(child.stdout, TZ).toBe(expected);
    }
  });
});
