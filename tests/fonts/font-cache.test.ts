import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsedFont } from '../../src/fonts/font-cache.js';
import { pdfFontFile } from '../../src/fonts/font-files.js';

// Parsed fonts are compared by identity: vitest's matchers would walk a whole parsed font to describe it.
describe('parsedFont', () => {
  it('reads a font file whole, bytes as on disk, and parses it once per process', () => {
    const file = pdfFontFile('cjk');
    const first = parsedFont(file);
    expect(Buffer.from(first.bytes).equals(readFileSync(file))).toBe(true);
    expect(first.font.postscriptName).toBe('NotoSansSC-Regular');
    expect(parsedFont(file) === first).toBe(true);
  });

  it('keeps a bounded number of fonts, dropping the ones used longest ago', () => {
    const dir = path.dirname(pdfFontFile('latin'));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ttf'))
      .sort()
      .slice(0, 13)
      .map((f) => path.join(dir, f));
    expect(files).toHaveLength(13);
    const fonts = files.map((file) => parsedFont(file));
    expect(parsedFont(files[12]!) === fonts[12]).toBe(true);
    expect(parsedFont(files[0]!) === fonts[0]).toBe(false);
  });
});
