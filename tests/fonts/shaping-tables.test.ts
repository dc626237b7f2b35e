import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckMeasureFontFiles, pdfFontFile } from '../../src/fonts/font-files.js';
import { harfbuzzFont, loadHarfbuzz } from '../../src/fonts/harfbuzz-shaper.js';
import { withoutOutlines } from '../../src/fonts/shaping-tables.js';

beforeAll(async () => {
  await loadHarfbuzz();
});

describe('withoutOutlines', () => {
  it('keeps every table of Noto Sans SC but glyf and loca, byte for byte, in a font HarfBuzz and fontkit read', async () => {
    const hb = await import('harfbuzzjs');
    const whole = readFileSync(pdfFontFile('cjk'));
    const small = withoutOutlines(whole);
    expect(small.length).toBeLessThan(whole.length / 10);
    const faceOf = (bytes: Uint8Array) => new hb.Face(new hb.Blob(bytes), 0);
    const [before, after] = [faceOf(whole), faceOf(small)];
    for (const tag of ['cmap', 'GDEF', 'GPOS', 'GSUB', 'OS/2', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'post', 'vhea', 'vmtx']) {
      const table = before.referenceTable(tag);
      expect(table, tag).toBeDefined();
      expect(Buffer.from(after.referenceTable(tag)!).equals(Buffer.from(table!)), tag).toBe(true);
    }
    expect(after.referenceTable('glyf')).toBeUndefined();
    expect(after.referenceTable('loca')).toBeUndefined();
    expect((fontkit.create(Buffer.from(small)) as fontkit.Font).postscriptName).toBe('NotoSansSC-Regular');
  });

  it('shapes as the whole font does: letters, ligatures, kerning, Chinese, and every combining mark after a dozen bases', () => {
    const texts = ['office affinity AVATAR To Wa', '米兰与上海的合作伙伴关系，始于1979年。“创意米兰”'];
    for (const base of ['a', 'e', 'i', 'q', 'x', 'A', 'T', 'ı', 'α', 'д', '米', '1']) {
      for (let mark = 0x300; mark <= 0x36f; mark++) texts.push(`${base}${String.fromCodePoint(mark)}${String.fromCodePoint(0x301)}`);
    }
    for (const role of ['latin', 'latin-bold', 'latin-italic', 'cjk'] as const) {
      const bytes = readFileSync(pdfFontFile(role));
      const whole = harfbuzzFont(bytes);
      const small = harfbuzzFont(withoutOutlines(bytes));
      const differing = texts.filter((t) => JSON.stringify(whole.shape(t, undefined)) !== JSON.stringify(small.shape(t, undefined)));
      expect(differing, role).toEqual([]);
    }
  });

  it('leaves a file that is not plain TrueType as it is (WOFF)', () => {
    const woff = readFileSync(deckMeasureFontFiles('latin')[0]!);
    expect(withoutOutlines(woff)).toBe(woff);
  });
});
