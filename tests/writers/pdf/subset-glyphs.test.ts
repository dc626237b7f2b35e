import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { pdfFontFile, type FaceRole } from '../../../src/fonts/font-files.js';
import { subsetSimpleGlyphsDirectly } from '../../../src/writers/pdf/subset-glyphs.js';

type Subset = ReturnType<Font['createSubset']> & { _addGlyph(gid: number): number; encode(): Uint8Array; includeGlyph(gid: number): number };

const open = (role: FaceRole) => fontkit.create(readFileSync(pdfFontFile(role))) as Font;
const fontkitsOwn = (Object.getPrototypeOf(open('latin').createSubset()) as Subset)._addGlyph;
const text = 'The Peoples Republic of China – Milano, città “continual” ﬁnancial Tävelåệ Phở Hà Nội 1979–2024 米兰 上海';

function subsetBytes(font: Font, own: boolean): Uint8Array {
  const subset = font.createSubset() as Subset;
  // fontkit's own method, set on this instance, shadows the patched one on the prototype.
  if (own) subset._addGlyph = fontkitsOwn;
  for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph.id);
  return subset.encode();
}

describe('subsetSimpleGlyphsDirectly', () => {
  it.each<FaceRole>(['latin', 'latin-bold', 'latin-italic', 'cjk'])('gives the subset fontkit gives, byte for byte (%s)', (role) => {
    const font = open(role);
    subsetSimpleGlyphsDirectly(font);
    expect((Object.getPrototypeOf(font.createSubset()) as Subset)._addGlyph).not.toBe(fontkitsOwn);
    expect(Buffer.from(subsetBytes(font, false)).equals(Buffer.from(subsetBytes(font, true)))).toBe(true);
  });

  it('is tested on composite glyphs too, whose components fontkit renumbers', () => {
    const font = open('latin');
    const glyphs = font.layout(text).glyphs as unknown as { _decode(): { numberOfContours: number } | null }[];
    expect(glyphs.some((g) => (g._decode()?.numberOfContours ?? 0) < 0)).toBe(true);
  });
});
