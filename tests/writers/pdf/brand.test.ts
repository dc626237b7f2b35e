import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../../src/brand/colour.js';
import { loadTheme } from '../../../src/brand/theme-file.js';
import type { Block } from '../../../src/model/document.js';
import type { Brand } from '../../../src/writers/render-options.js';
import { brandPalette } from '../../../src/writers/pdf/brand-palette.js';
import { renderPackPdf } from '../../../src/writers/pdf/render-pack.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { brief, h2, MIXED_SENTENCES, milanShanghaiBrief, para } from './briefs.js';
import { fixturePack } from './packs.js';

const CHECK = '/work/shared/tools/check-pdf';
const EPOCH = 1_764_374_400;
const FOOTER = 'Ufficio Relazioni Internazionali · Piazza della Scala 2 · 20121 Milano (sample address)';

const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-brand-'));
function saved(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Font names pdffonts lists, without subset tags. */
const fontsOf = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .sort();

/** How many pictures pdfimages finds on each page (soft masks not counted). */
function imagesPerPage(file: string): Map<number, number> {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const count = new Map<number, number>();
  for (const row of rows) {
    const [page, , type] = row.trim().split(/\s+/);
    if (type === 'image') count.set(Number(page), (count.get(Number(page)) ?? 0) + 1);
  }
  return count;
}

/** The colour of the pixel at (x, y) points of page `page`, rendered by poppler at 72 dpi, as hex. */
function pixel(file: string, page: number, x: number, y: number): string {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-x', String(Math.round(x)), '-y', String(Math.round(y)), '-W', '1', '-H', '1', file]);
  const rgb = ppm.subarray(ppm.length - 3);
  return Buffer.from(rgb).toString('hex').toUpperCase();
}

/** A theme file beside a copy of the sample's emblem. */
function themeWith(text: string): string {
  const folder = mkdtempSync(path.join(dir, 'theme-'));
  copyFileSync('data/themes/emblem.svg', path.join(folder, 'emblem.svg'));
  writeFileSync(path.join(folder, 'theme.yaml'), text);
  return path.join(folder, 'theme.yaml');
}

const near = (a: string, b: string) => [0, 2, 4].every((i) => Math.abs(Number.parseInt(a.slice(i, i + 2), 16) - Number.parseInt(b.slice(i, i + 2), 16)) <= 3);

describe('a brief in the sample theme (data/themes/milano.yaml)', async () => {
  const { brand } = await loadTheme('data/themes/milano.yaml');
  const doc = await milanShanghaiBrief();
  const result = await renderPdf(doc, { brand, sourceDateEpoch: EPOCH });
  const file = saved('themed.pdf', result.bytes);
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);

  it('gives no warning', () => {
    expect(result.warnings).toEqual([]);
  });

  it('is set in the theme’s Titillium Web, with Noto Sans SC for the Chinese city names', () => {
    expect(fontsOf(file)).toEqual(['NotoSansSC-Regular', 'TitilliumWeb-Bold', 'TitilliumWeb-Regular']);
  });

  it('paints the cover band in the primary colour and the key facts panel in a light tint of the accent', () => {
    expect(near(pixel(file, 1, 20, 20), '0F4C5C')).toBe(true);
    const panel = pixel(file, 1, 480, 330);
    expect(panel).not.toBe('FFFFFF');
    expect(contrast(panel, 'FFFFFF')).toBeLessThan(1.15);
    expect(Number.parseInt(panel.slice(0, 2), 16)).toBeGreaterThan(Number.parseInt(panel.slice(4, 6), 16));
  });

  it('shows the logo on the cover and in the running header of every later page', () => {
    const images = imagesPerPage(file);
    expect(pages.length).toBeGreaterThan(1);
    for (let page = 1; page <= pages.length; page++) expect(images.get(page)).toBe(1);
    // …embedded once, drawn on every page.
    const objects = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((row) => row.trim().split(/\s+/)[10]);
    expect(new Set(objects).size).toBe(1);
  });

  it('sets the footer line on every page, the cover too', () => {
    for (const page of pages) expect(page.replace(/\s+/g, ' ')).toContain(FOOTER);
  });

  it('keeps the running header and the page numbers', () => {
    for (const page of pages.slice(1)) {
      expect(page).toContain(doc.header);
      expect(page).toMatch(/Page \d+ of \d+/);
    }
  });

  describe.runIf(existsSync(CHECK))('check-pdf, with every sentence of the case study', () => {
    const expected = path.join(dir, 'expected.txt');
    writeFileSync(
      expected,
      readFileSync('/work/shared/seed/milan-shanghai.txt', 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== 'Para ir más allá')
        .join('\n'),
    );
    it('passes as plain PDF', () => {
      expect(execFileSync(CHECK, [file, '--no-pdfa', '--text', expected], { encoding: 'utf8' })).toMatch(/pdf: \d+ checks, 0 failed/);
    });
    it('passes as PDF/A', async () => {
      const pdfa = saved('themed-pdfa.pdf', (await renderPdf(doc, { brand, pdfa: true, sourceDateEpoch: EPOCH })).bytes);
      expect(execFileSync(CHECK, [pdfa, '--text', expected], { encoding: 'utf8' })).toMatch(/PASS\s+pdfa-xmp[\s\S]*pdf: \d+ checks, 0 failed/);
    });
  });
});

describe('brand fonts and colours at their edges', async () => {
  const { brand } = await loadTheme('data/themes/milano.yaml');
  const greek: Block[] = [para('Μιλάνο και Σαγκάη: the partnership is named in Greek too, with “quotes” and ő.')];

  it('sets what the brand’s font lacks (Greek) in casebrief’s own Noto Sans, never as empty boxes', async () => {
    const result = await renderPdf(brief(greek), { brand, sourceDateEpoch: EPOCH });
    expect(result.warnings).toEqual([]);
    const file = saved('greek.pdf', result.bytes);
    expect(fontsOf(file)).toEqual(['NotoSans-Regular', 'TitilliumWeb-Regular']);
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toContain('Μιλάνο και Σαγκάη');
  });

  it('sets Chinese in the brand’s CJK font, and bold in the brand’s regular faces when it gives no bold ones', async () => {
    const font = (file: string) => ({ bytes: new Uint8Array(readFileSync(file)), file });
    const light: Brand = {
      colours: {},
      fonts: {
        latin: { regular: font('node_modules/@expo-google-fonts/titillium-web/400Regular/TitilliumWeb_400Regular.ttf') },
        cjk: { regular: font('node_modules/@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf') },
      },
      source: 'light.yaml',
    };
    const result = await renderPdf(brief([h2('Milano 米兰 and Shanghai 上海'), para(MIXED_SENTENCES.join(' '))]), { brand: light, sourceDateEpoch: EPOCH });
    expect(result.warnings).toEqual([]);
    const file = saved('cjk.pdf', result.bytes);
    expect(fontsOf(file)).toEqual(['NotoSansSC-Light', 'TitilliumWeb-Regular']);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const sentence of MIXED_SENTENCES) expect(text).toContain(sentence.replace(/\s+/g, ''));
  });

  it('draws an SVG logo as vector paths, in its own colours', async () => {
    const { brand: svg } = await loadTheme(themeWith('logo: emblem.svg\n'));
    const result = await renderPdf(await milanShanghaiBrief(), { brand: svg, sourceDateEpoch: EPOCH });
    const file = saved('svg-logo.pdf', result.bytes);
    expect(imagesPerPage(file).size).toBe(0);
    // The emblem's rounded square, at the top left of the cover's logo (casebrief's own dark band is 16324F), and its white ring.
    expect(near(pixel(file, 1, 72, 35), '0F4C5C')).toBe(true);
    expect(near(pixel(file, 1, 68 + 34 * 0.2, 31 + 100 * 0.2), 'FFFFFF')).toBe(true);
    expect(near(pixel(file, 1, 20, 20), '16324F')).toBe(true);
  });

  it('is byte for byte casebrief’s own look when the brand sets nothing', async () => {
    const plain = await renderPdf(brief(greek), { sourceDateEpoch: EPOCH });
    const empty: Brand = { colours: {}, fonts: {}, source: 'empty.yaml' };
    expect(Buffer.from((await renderPdf(brief(greek), { brand: empty, sourceDateEpoch: EPOCH })).bytes).equals(Buffer.from(plain.bytes))).toBe(true);
  });

  it('warns about a faint text colour, and keeps text in pale brand colours readable', () => {
    const pale: Brand = { colours: { primary: 'FFD54F', accent: 'FFC107', text: 'AAAAAA' }, fonts: {}, source: 'pale.yaml' };
    const { palette, warnings } = brandPalette(pale)!;
    expect(warnings.map((w) => w.code)).toEqual(['W_BRAND_CONTRAST', 'W_BRAND_CONTRAST', 'W_BRAND_CONTRAST', 'W_BRAND_CONTRAST']);
    expect(warnings[0]).toMatchObject({ file: 'pale.yaml', message: expect.stringContaining('#AAAAAA is too faint on white paper') });
    // Headings, links and figures on paper, the cover's title on the primary ground.
    expect(contrast(palette.text.get('#16324F')!.slice(1), 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.text.get('#B3261E')!.slice(1), 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.text.get('#FFFFFF')!.slice(1), 'FFD54F')).toBeGreaterThanOrEqual(4.5);
    // The brand's own colours fill the shapes as given.
    expect(palette.shape.get('#16324F')).toBe('#FFD54F');
    expect(palette.shape.get('#B3261E')).toBe('#FFC107');
  });

  it('brands a briefing pack: its cover logo, every chapter’s header logo and the footer line', async () => {
    const { pack } = await fixturePack();
    const result = await renderPackPdf(pack, { brand, sourceDateEpoch: EPOCH });
    const file = saved('pack.pdf', result.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    const images = imagesPerPage(file);
    expect(images.get(1)).toBe(1);
    expect([...images.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(text.length);
    for (const page of text) expect(page.replace(/\s+/g, ' ')).toContain(FOOTER);
  });
});
