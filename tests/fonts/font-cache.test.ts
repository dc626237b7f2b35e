import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { forgetFonts, parsedFont } from '../../src/fonts/font-cache.js';
import { pdfFontFile } from '../../src/fonts/font-files.js';
import { openSparse } from '../../src/fonts/sparse-font.js';

type Loca = { offsets: ArrayLike<number> };
type Subset = { includeGlyph(id: number): number; encode(): Uint8Array };
const glyfOffset = (font: fontkit.Font) => (font as unknown as { directory: { tables: { glyf: { offset: number } } } }).directory.tables.glyf.offset;

describe('parsedFont on Noto Sans SC (read without its outlines, which come glyph by glyph)', () => {
  const file = pdfFontFile('cjk');
  const whole = readFileSync(file);

  it('reads every table but the outlines, then an outline when its glyph is first asked for', () => {
    forgetFonts([file]);
    const { font, bytes } = parsedFont(file);
    expect(bytes.length).toBe(whole.length);
    const offsets = (font as unknown as { loca: Loca }).loca.offsets;
    const outline = (id: number) => [glyfOffset(font) + offsets[id]!, glyfOffset(font) + offsets[id + 1]!] as const;
    // glyphForCodePoint makes the glyph object, so its outline is read; one never asked for is not.
    const [start, end] = outline(font.glyphForCodePoint('海'.codePointAt(0)!).id);
    expect(end).toBeGreaterThan(start);
    expect(bytes.subarray(start, end).equals(whole.subarray(start, end))).toBe(true);
    const [uStart, uEnd] = outline(12345);
    expect(uEnd).toBeGreaterThan(uStart);
    expect(whole.subarray(uStart, uEnd).some((b) => b !== 0)).toBe(true);
    expect(bytes.subarray(uStart, uEnd).every((b) => b === 0)).toBe(true);
    // Everything outside the outlines is the file's own.
    const glyfEnd = glyfOffset(font) + offsets[offsets.length - 1]!;
    expect(bytes.subarray(0, glyfOffset(font)).equals(whole.subarray(0, glyfOffset(font)))).toBe(true);
    expect(bytes.subarray(glyfEnd).equals(whole.subarray(glyfEnd))).toBe(true);
    forgetFonts([file]);
  });

  it('gives the same glyphs, metrics and subset bytes as the font read whole', () => {
    forgetFonts([file]);
    const { font } = parsedFont(file);
    const full = fontkit.create(whole) as fontkit.Font;
    const text = '米兰与上海的合作伙伴关系，始于1979年。';
    const ours = font.layout(text);
    const theirs = full.layout(text);
    expect(ours.glyphs.map((g) => [g.id, g.advanceWidth])).toEqual(theirs.glyphs.map((g) => [g.id, g.advanceWidth]));
    expect(ours.glyphs.map((g) => g.bbox)).toEqual(theirs.glyphs.map((g) => g.bbox));
    const subset = (f: fontkit.Font) => {
      const s = f.createSubset() as unknown as Subset;
      for (const g of theirs.glyphs) s.includeGlyph(g.id);
      return Buffer.from(s.encode());
    };
    expect(subset(font).equals(subset(full))).toBe(true);
    forgetFonts([file]);
  });

  it('reads a font under 4 MB whole (Noto Sans), and refuses a forgotten font new glyphs', () => {
    expect(openSparse(pdfFontFile('latin'))).toBeUndefined();
    forgetFonts([file]);
    const { font } = parsedFont(file);
    forgetFonts([file]);
    expect(() => font.getGlyph(23456)).toThrow(/forgotten/);
  });
});
