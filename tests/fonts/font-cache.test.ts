import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetFonts, parsedFont, prefetchFonts } from '../../src/fonts/font-cache.js';
import { cjkFontFilesFor, pdfFontFile } from '../../src/fonts/font-files.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-font-cache-'));

describe('prefetchFonts', () => {
  it('reads a font ahead, and parsedFont takes those bytes instead of reading the file again', async () => {
    // A copy, changed on disk after the prefetch: the parsed font must be the bytes read ahead.
    const file = path.join(dir, 'latin.ttf');
    const original = readFileSync(pdfFontFile('latin'));
    writeFileSync(file, original);
    await prefetchFonts([file]);
    writeFileSync(file, Buffer.alloc(16));
    const { font, bytes } = parsedFont(file);
    expect(bytes.equals(original)).toBe(true);
    expect(font.familyName).toBe('Noto Sans');
    forgetFonts([file]);
  });

  it('does not read a font already parsed', async () => {
    const file = path.join(dir, 'parsed.ttf');
    writeFileSync(file, readFileSync(pdfFontFile('latin')));
    const first = parsedFont(file);
    writeFileSync(file, Buffer.alloc(16));
    await prefetchFonts([file]);
    expect(parsedFont(file)).toBe(first);
    forgetFonts([file]);
  });

  it('never rejects: a file it cannot read is reported by parsedFont, as without it', async () => {
    const missing = path.join(dir, 'missing.ttf');
    await expect(prefetchFonts([missing])).resolves.toBeUndefined();
    expect(() => parsedFont(missing)).toThrow(/ENOENT/);
  });

  it('forgets what it read ahead with the fonts it was read for', async () => {
    const file = path.join(dir, 'forgotten.ttf');
    writeFileSync(file, readFileSync(pdfFontFile('latin')));
    await prefetchFonts([file]);
    forgetFonts([file]);
    writeFileSync(file, Buffer.alloc(16));
    expect(() => parsedFont(file)).toThrow();
  });
});

describe('cjkFontFilesFor', () => {
  it('names Noto Sans SC for text with a CJK character, and its bold too in a CJK language', () => {
    expect(cjkFontFilesFor('Milan and Shanghai', 'en')).toEqual([]);
    expect(cjkFontFilesFor('Shanghai · 上海', 'en')).toEqual([pdfFontFile('cjk')]);
    expect(cjkFontFilesFor('Milan', 'zh')).toEqual([pdfFontFile('cjk'), pdfFontFile('cjk-bold')]);
    expect(cjkFontFilesFor('Milan', 'zh-Hant')).toEqual([pdfFontFile('cjk'), pdfFontFile('cjk-bold')]);
  });
});
