import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDeckTemplate } from '../../src/brand/deck-template/read-template.js';
import { brandOfTemplate, standInFaces } from '../../src/brand/template-theme.js';
import { sfntFromWoff } from '../../src/brand/woff.js';

const FIXTURE = 'tests/fixtures/templates/metropolis-logo.potx';
const postscript = (bytes: Uint8Array) => (fontkit.create(Buffer.from(bytes)) as fontkit.Font).postscriptName;

/** The fixture template with its theme's colours and fonts changed as given. */
async function withTheme(change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
  const part = Object.keys(zip.files).find((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))!;
  zip.file(part, change(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

describe("a deck template's theme as the brief's brand", () => {
  it('takes Dark 2 as primary, Accent 1 as accent, Dark 1 as text, and Arial’s stand-in Arimo from npm', async () => {
    const template = await readDeckTemplate(new Uint8Array(readFileSync(FIXTURE)), FIXTURE);
    const brand = brandOfTemplate(template);
    expect(brand.colours).toEqual({ primary: '1F497D', accent: '4F81BD', text: '000000' });
    expect(brand.source).toBe(FIXTURE);
    const faces = Object.fromEntries(Object.entries(brand.fonts.latin ?? {}).map(([face, f]) => [face, postscript(f.bytes)]));
    expect(faces).toEqual({ regular: 'Arimo-Regular', bold: 'Arimo-Bold', italic: 'Arimo-Italic', boldItalic: 'Arimo-BoldItalic' });
  });

  it('leads with Accent 1 when Dark 2 is too faint, and measures Calibri with Carlito', async () => {
    const bytes = await withTheme((xml) =>
      xml
        .replace(/(<a:dk2>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/, '$1DDDDDD')
        .replace(/(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/, '$17A1F2B')
        .replace(/(<a:minorFont>\s*<a:latin typeface=")[^"]*/, '$1Calibri'),
    );
    const brand = brandOfTemplate(await readDeckTemplate(bytes, 'office.potx'));
    expect(brand.colours.primary).toBe('7A1F2B');
    expect(brand.colours.accent).toBe('C0504D');
    expect(postscript(brand.fonts.latin!.regular.bytes)).toBe('Carlito-Regular');
  });

  it('leaves the fonts as casebrief’s own for a font with no stand-in', async () => {
    const bytes = await withTheme((xml) => xml.replace(/(<a:minorFont>\s*<a:latin typeface=")[^"]*/, '$1Frutiger Next'));
    expect(brandOfTemplate(await readDeckTemplate(bytes, 'office.potx')).fonts).toEqual({});
    expect(standInFaces(undefined)).toBeUndefined();
  });
});

describe('WOFF fonts unpacked for the PDF', () => {
  it('gives the same font as the WOFF, as a plain TrueType file', () => {
    const woff = readFileSync('node_modules/@fontsource/carlito/files/carlito-latin-700-normal.woff');
    const sfnt = sfntFromWoff(woff);
    expect(Buffer.from(sfnt.subarray(0, 4)).toString('hex')).toBe('00010000');
    const [a, b] = [fontkit.create(woff) as fontkit.Font, fontkit.create(Buffer.from(sfnt)) as fontkit.Font];
    expect(b.postscriptName).toBe(a.postscriptName);
    expect(b.layout('Milano e Shanghai, 1979').advanceWidth).toBe(a.layout('Milano e Shanghai, 1979').advanceWidth);
    expect(b.numGlyphs).toBe(a.numGlyphs);
  });

  it('refuses what is not WOFF', () => {
    expect(() => sfntFromWoff(new Uint8Array(64))).toThrow(/not a WOFF/);
  });
});
