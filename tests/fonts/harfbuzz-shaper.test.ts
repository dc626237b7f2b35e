import { beforeAll, describe, expect, it } from 'vitest';
import { parsedFont } from '../../src/fonts/font-cache.js';
import { pdfFontFile, type FaceRole } from '../../src/fonts/font-files.js';
import { harfbuzzFont, loadHarfbuzz } from '../../src/fonts/harfbuzz-shaper.js';
import { ShapedFont } from '../../src/fonts/shaped-font.js';

const fonts = new Map<FaceRole, ShapedFont>();
function open(role: FaceRole): ShapedFont {
  let font = fonts.get(role);
  if (!font) {
    const { font: fontkitFont, bytes } = parsedFont(pdfFontFile(role));
    const { shape, post } = harfbuzzFont(bytes);
    font = new ShapedFont(fontkitFont, shape, post);
    fonts.set(role, font);
  }
  return font;
}
const chars = (codePoints: readonly number[]) => String.fromCodePoint(...codePoints);
const nominal = (font: ShapedFont, ch: string) => font.font.glyphForCodePoint(ch.codePointAt(0)!).id;

beforeAll(async () => {
  await loadHarfbuzz();
});

describe('shaping with HarfBuzz (facts about Noto Sans and Noto Sans SC)', () => {
  it.each(['latin', 'latin-bold', 'latin-italic'] as const)('sets "fi" and "ffi" as ligatures that stand for their letters (%s)', (role) => {
    const font = open(role);
    for (const [word, ligature] of [
      ['fish', 'fi'],
      ['office', 'ffi'],
    ] as const) {
      const run = font.shape(word);
      expect(run.glyphs).toHaveLength(word.length - ligature.length + 1);
      const glyph = run.glyphs.find((g) => g.codePoints.length > 1)!;
      expect(chars(glyph.codePoints)).toBe(ligature);
      expect(glyph.id).not.toBe(nominal(font, 'f'));
      expect(run.glyphs.map((g) => chars(g.codePoints)).join('')).toBe(word);
    }
  });

  it('kerns "AV" and "To" closer than the letters’ own advances', () => {
    const font = open('latin');
    for (const pair of ['AV', 'To']) {
      const run = font.shape(pair);
      expect(run.glyphs).toHaveLength(2);
      expect(run.positions[0]!.xAdvance).toBeLessThan(run.glyphs[0]!.advanceWidth);
    }
  });

  it('gives Chinese text real glyphs, one per character, none of them .notdef', () => {
    const text = '米兰与上海的合作伙伴关系，始于1979年。';
    const run = open('cjk').shape(text);
    expect(run.glyphs).toHaveLength([...text].length);
    expect(run.glyphs.every((g) => g.id !== 0)).toBe(true);
    expect(run.glyphs.map((g) => chars(g.codePoints)).join('')).toBe(text);
  });

  it('adds up a run’s advances, kerning included, as its width', () => {
    const run = open('latin-bold').shape('AVATAR Today, Tävel');
    expect(run.advanceWidth).toBe(run.positions.reduce((sum, p) => sum + p.xAdvance, 0));
    expect(run.advanceWidth).toBeLessThan(run.glyphs.reduce((sum, g) => sum + g.advanceWidth, 0));
  });

  it('keeps a letter apart from the combining mark after it, the mark placed by an offset', () => {
    const font = open('latin');
    const run = font.shape('q\u0301x');
    expect(run.glyphs.map((g) => chars(g.codePoints))).toEqual(['q', '\u0301', 'x']);
    expect(run.glyphs[0]!.id).toBe(nominal(font, 'q'));
    expect(run.positions[1]!.xOffset !== 0 || run.positions[1]!.yOffset !== 0 || run.positions[1]!.xAdvance === 0).toBe(true);
  });

  it('drops invisible characters after shaping, so no glyph stands for a soft hyphen', () => {
    const run = open('latin').shape('co\u00adoperate now');
    expect(run.glyphs.map((g) => chars(g.codePoints)).join('')).toBe('cooperate now');
    expect(run.glyphs.find((g) => g.codePoints.includes(0x20))!.id).toBe(nominal(open('latin'), ' '));
  });

  it('turns features off when asked ("-liga")', () => {
    const run = open('latin').shape('office', ['-liga']);
    expect(run.glyphs.map((g) => chars(g.codePoints))).toEqual([...'office']);
  });
});

describe('ShapedFont', () => {
  it('gives pdfkit the italic angle and fixed pitch of the font’s post table, as fontkit reads them', () => {
    for (const role of ['latin', 'latin-italic', 'cjk'] as const) {
      const font = open(role);
      const post = (font.font as unknown as { post: { italicAngle: number; isFixedPitch: number } }).post;
      expect(font.italicAngle).toBe(post.italicAngle);
      expect(font.post.isFixedPitch).toBe(post.isFixedPitch);
    }
    expect(open('latin-italic').italicAngle).toBeLessThan(0);
  });

  it('shapes a text once and hands out the same frozen run', () => {
    const font = open('latin');
    const run = font.shape('partnership');
    expect(font.shape('partnership') === run).toBe(true);
    expect(Object.isFrozen(run.positions[0])).toBe(true);
    expect(Object.isFrozen(run.glyphs[0]!.codePoints)).toBe(true);
  });

  it('gives pdfkit positions of its own to scale, leaving the cached run as it was', () => {
    const font = open('latin');
    const before = font.shape('Today').positions.map((p) => p.xAdvance);
    const laid = font.layout('Today');
    for (const p of laid.positions) p.xAdvance *= 0.5;
    expect(font.layout('Today').positions.map((p) => p.xAdvance)).toEqual(before);
  });

  it('reads pdfkit’s feature forms: a list of features to turn on, or a map of on and off', () => {
    const font = open('latin');
    expect(font.layout('office', { liga: false }).glyphs).toHaveLength(6);
    expect(font.layout('office', ['liga']).glyphs.length).toBeLessThan(6);
  });
});
