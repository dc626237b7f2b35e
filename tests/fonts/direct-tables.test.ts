import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { decodeLocaDirectly, decodePostHeader } from '../../src/fonts/direct-tables.js';
import { deckMeasureFontFiles, pdfFontFile, type FaceRole } from '../../src/fonts/font-files.js';

type Loca = { version: number; offsets: ArrayLike<number> };
const loca = (font: fontkit.Font) => (font as unknown as { loca: Loca }).loca;

describe('decodeLocaDirectly', () => {
  it('gives every shipped TrueType font (all in the long format) the offsets fontkit decodes itself', () => {
    const versions = new Set<number>();
    for (const role of ['latin', 'latin-bold', 'latin-italic', 'cjk', 'cjk-bold'] as FaceRole[]) {
      const bytes = readFileSync(pdfFontFile(role));
      const theirs = loca(fontkit.create(bytes) as fontkit.Font);
      const font = fontkit.create(bytes) as fontkit.Font;
      decodeLocaDirectly(font, bytes);
      const ours = loca(font);
      expect(ours.offsets).toBeInstanceOf(Uint32Array);
      expect(ours.version).toBe(theirs.version);
      expect(Array.from(ours.offsets)).toEqual(Array.from(theirs.offsets));
      versions.add(ours.version);
    }
    expect([...versions]).toEqual([1]);
  });

  it('leaves a WOFF font (compressed tables) to fontkit', () => {
    const [file] = deckMeasureFontFiles('latin');
    const font = fontkit.create(readFileSync(file!)) as fontkit.Font;
    decodeLocaDirectly(font, readFileSync(file!));
    expect((font as unknown as { _tables: object })._tables).not.toHaveProperty('loca');
  });
});

const HEADER = ['version', 'italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch', 'minMemType42', 'maxMemType42', 'minMemType1', 'maxMemType1'];
type Post = Record<string, unknown>;

describe('decodePostHeader', () => {
  it('gives every shipped TrueType font the header fontkit decodes itself, without its glyph names', () => {
    for (const role of ['latin', 'latin-bold', 'latin-italic', 'cjk', 'cjk-bold'] as FaceRole[]) {
      const bytes = readFileSync(pdfFontFile(role));
      const theirs = (fontkit.create(bytes) as unknown as { post: Post }).post;
      const font = fontkit.create(bytes) as fontkit.Font;
      decodePostHeader(font, bytes);
      const ours = (font as unknown as { _tables: { post: Post } })._tables.post;
      for (const field of HEADER) expect([role, field, ours[field]]).toEqual([role, field, theirs[field]]);
      expect(font.italicAngle).toBe((theirs as { italicAngle: number }).italicAngle);
    }
  });

  it('decodes the table whole, through fontkit, when a glyph name is asked for', () => {
    const bytes = readFileSync(pdfFontFile('latin'));
    const font = fontkit.create(bytes) as fontkit.Font;
    decodePostHeader(font, bytes);
    const light = (font as unknown as { _tables: { post: Post } })._tables.post;
    expect(Object.keys(light)).not.toContain('names');
    const a = font.glyphForCodePoint(0x61);
    expect(a.name).toBe('a');
    expect((font as unknown as { _tables: { post: Post } })._tables.post).not.toBe(light);
    expect(((font as unknown as { post: { names: string[] } }).post.names.length)).toBeGreaterThan(4000);
  });
});
