import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { decodeLocaDirectly } from '../../src/fonts/fast-loca.js';
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
