import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadTheme, themeJsonSchema } from '../../src/brand/theme-file.js';
import { CaseStudyError } from '../../src/errors.js';

const SAMPLE = 'data/themes/milano.yaml';
const NOTO = path.resolve('node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf');

/** A theme file in a fresh folder beside a copy of the sample logo; returns its path. */
function themeFile(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-theme-'));
  copyFileSync('data/themes/logo.png', path.join(dir, 'logo.png'));
  copyFileSync('data/themes/emblem.svg', path.join(dir, 'emblem.svg'));
  writeFileSync(path.join(dir, 'lettering.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"><text x="0" y="15">City</text></svg>');
  const file = path.join(dir, 'theme.yaml');
  writeFileSync(file, text);
  return file;
}

/** The problems a theme file gives, as `line:col: message`. */
async function problems(text: string): Promise<string[]> {
  const file = themeFile(text);
  try {
    await loadTheme(file);
  } catch (err) {
    if (!(err instanceof CaseStudyError)) throw err;
    for (const p of err.problems) expect(p.file).toBe(file);
    return err.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
  }
  throw new Error('the theme was taken');
}

describe('the sample theme (data/themes/milano.yaml)', async () => {
  const { brand, deckTemplate } = await loadTheme(SAMPLE);

  it('gives colours as hex, fonts and logo as bytes, and the footer line', () => {
    expect(brand.colours).toEqual({ primary: '0F4C5C', accent: 'C1440E', text: '1B262C' });
    expect(brand.source).toBe(SAMPLE);
    expect(brand.footer).toMatch(/^Ufficio Relazioni Internazionali/);
    expect(brand.logo).toMatchObject({ format: 'png', width: 679, height: 195 });
    expect(deckTemplate).toBeUndefined();
  });

  it('reads the four Latin faces of Titillium Web from its npm package', () => {
    const names = Object.entries(brand.fonts.latin ?? {}).map(([face, f]) => [face, (fontkit.create(Buffer.from(f.bytes)) as fontkit.Font).postscriptName]);
    expect(Object.fromEntries(names)).toEqual({
      regular: 'TitilliumWeb-Regular',
      bold: 'TitilliumWeb-Bold',
      italic: 'TitilliumWeb-Italic',
      boldItalic: 'TitilliumWeb-BoldItalic',
    });
    expect(brand.fonts.cjk).toBeUndefined();
  });

  it('names its JSON Schema on its first line, for editors', () => {
    expect(readFileSync(SAMPLE, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/theme.schema.json');
  });
});

describe('schema/theme.schema.json', () => {
  it('is the JSON Schema generated from the valibot schema (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync('schema/theme.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(themeJsonSchema())));
  });
});

describe('mistakes in a theme file, each at its line and column', () => {
  it('says a colour written without quotes was read as a comment', async () => {
    expect(await problems('colours:\n  primary: #0F4C5C\n')).toEqual([
      '2:12: `colours.primary` has no value: in YAML a # starts a comment, so a colour must be in quotes, e.g. primary: "#1B4F72"',
    ]);
  });

  it('names unknown keys with the likely meant one, and colours that are not hex', async () => {
    expect(await problems('colors:\n  primary: "#0F4C5C"\n')).toEqual(['1:1: unknown key `colors`; did you mean `colours`?']);
    expect(await problems('colours:\n  acent: "#C1440E"\n  text: blue\nfooter: ""\n')).toEqual([
      '2:3: unknown key `acent`; did you mean `accent`?',
      '3:9: `colours.text` is not a colour: give the colour of running text, as hex RGB in quotes, e.g. "#1B4F72"',
      '4:9: `footer` must not be empty',
    ]);
  });

  it('says which key a font face lacks', async () => {
    expect(await problems('fonts:\n  latin:\n    bold: x.ttf\n')).toEqual(['3:5: missing key `regular` (the Latin regular face: a .ttf or .otf file)']);
  });

  it('reports YAML syntax errors at their place', async () => {
    expect(await problems('colours:\n  primary: "#0F4C5C\n')).toEqual(['3:1: the quoted text has no closing quote; end it with the same quote mark on the same line']);
  });

  it('finds missing files, fonts that are not fonts or not of their script, and SVG logos it cannot draw', async () => {
    const found = await problems(
      ['fonts:', '  latin:', '    regular: fonts/missing.ttf', '    bold: logo.png', '  cjk:', `    regular: ${NOTO}`, 'logo: lettering.svg', ''].join('\n'),
    );
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^3:14: "fonts\/missing.ttf" not found \(looked for .*missing.ttf; paths are relative to the theme file\)$/);
    expect(found[1]).toBe('4:11: "logo.png" cannot be read as a font (damaged, or not a TrueType/OpenType file); give a .ttf or .otf file');
    expect(found[2]).toBe('6:14: "NotoSans-Regular.ttf" has no glyph for "中": it is not a Chinese font; give it under fonts.latin or choose another file');
    expect(found[3]).toBe(
      '7:7: logo "lettering.svg" holds a <text>, which casebrief does not draw (it draws paths and simple shapes in flat colours); export the logo as a PNG at least 600 pixels wide (Inkscape: File › Export) and name that file instead',
    );
  });

  it('refuses a web font and a damaged logo', async () => {
    const file = themeFile('fonts:\n  latin:\n    regular: carlito.woff\nlogo: broken.png\n');
    const dir = path.dirname(file);
    copyFileSync('node_modules/@fontsource/carlito/files/carlito-latin-400-normal.woff', path.join(dir, 'carlito.woff'));
    writeFileSync(path.join(dir, 'broken.png'), readFileSync('data/themes/logo.png').subarray(0, 400));
    const err = await loadTheme(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaseStudyError);
    const messages = (err as CaseStudyError).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    expect(messages[0]).toBe('3:14: "carlito.woff" is a web font (WOFF); give the TrueType (.ttf) or OpenType (.otf) file of the same font');
    expect(messages[1]).toMatch(/^4:7: logo "broken.png" is cut short/);
  });

  it('says when the theme file itself cannot be read', async () => {
    const err = await loadTheme('no/such/theme.yaml').catch((e: unknown) => e);
    expect((err as CaseStudyError).problems).toEqual([{ file: 'no/such/theme.yaml', message: 'the theme file cannot be used: no such file; check the path given to --theme' }]);
  });

  it('reads an SVG logo into shapes, sized by its view box', async () => {
    const { brand } = await loadTheme(themeFile('logo: emblem.svg\n'));
    expect(brand.logo).toMatchObject({ format: 'svg', width: 200, height: 200 });
    expect(brand.logo?.vector?.viewBox).toEqual([0, 0, 200, 200]);
    expect(brand.logo?.vector?.shapes.map((s) => [s.fill, s.stroke])).toEqual([
      ['0F4C5C', undefined],
      [undefined, 'FFFFFF'],
      [undefined, 'E8A33D'],
      [undefined, 'FFFFFF'],
    ]);
  });

  it('resolves the deck template and layout map it names against its own folder', async () => {
    const file = themeFile('deck-template: office.potx\nlayout-map: layouts.yaml\n');
    expect(await loadTheme(file)).toEqual({
      brand: { colours: {}, fonts: {}, source: file },
      deckTemplate: path.join(path.dirname(file), 'office.potx'),
      layoutMap: path.join(path.dirname(file), 'layouts.yaml'),
    });
  });
});
