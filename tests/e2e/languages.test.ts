import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { pdfPages, pptxSlides } from '../helpers/extract.js';

const LANGS = ['en', 'it', 'zh'] as const;
type Lang = (typeof LANGS)[number];
const labels = (lang: Lang) => JSON.parse(readFileSync(`templates/messages/${lang}.json`, 'utf8')) as Record<string, string>;
const flat = (s: string) => s.replace(/\s+/g, '');

const built = new Map<Lang, { dir: string; err: string }>();

beforeAll(async () => {
  for (const lang of LANGS) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `casebrief-${lang}-`));
    const r = await cli('build', 'data/milan-shanghai.yaml', '--out', dir, '--lang', lang, '--as-of', '2029-07-03', '--event', 'anniversary');
    expect(r.code, r.err).toBe(0);
    built.set(lang, { dir, err: r.err });
  }
});

describe.each(LANGS)('--lang %s', (lang) => {
  const file = (ext: string) => path.join(built.get(lang)!.dir, `milan-shanghai.${ext}`);

  it('writes every fixed label of the brief in that language', async () => {
    const text = flat((await pdfPages(file('pdf'))).join('\n'));
    const l = labels(lang);
    for (const key of ['keyFacts', 'partners', 'since', 'age', 'instrument', 'written', 'source', 'collection', 'keyFigures', 'timeline', 'nextAnniversary']) {
      expect(text, key).toContain(flat(l[key]!));
    }
    expect(text).toContain(flat(l.pageOf!.replace('{page}', '2').replace('{pages}', '3')));
  });

  it('formats dates for the language', async () => {
    const text = flat((await pdfPages(file('pdf'))).join('\n'));
    expect(text).toContain(flat({ en: '3 July 1979', it: '3 luglio 1979', zh: '1979年7月3日' }[lang]));
  });

  it('opens the anniversary deck with a slide of its own: the large ordinal, the two cities and the day', async () => {
    const [opening, title] = await pptxSlides(file('pptx'));
    expect(opening?.slide.split('\n')[0]).toBe({ en: '50th', it: '50°', zh: '50周年' }[lang]);
    expect(opening?.slide).toContain({ en: 'Milan · Shanghai', it: 'Milano · Shanghai', zh: '米兰 · 上海' }[lang]);
    expect(opening?.slide).toContain({ en: '3 July 2029', it: '3 luglio 2029', zh: '2029年7月3日' }[lang]);
    expect(opening?.notes).toContain({ en: '50th anniversary: 3 July 2029', it: '50° anniversario: 3 luglio 2029', zh: '50周年：2029年7月3日' }[lang]);
    expect(title?.slide).toContain({ en: 'Milan (Italy) and Shanghai', it: 'Milan', zh: 'Milan' }[lang]);
  });

  it('sets the document language of the PDF and the deck', async () => {
    expect(readFileSync(file('pdf')).toString('latin1')).toMatch(new RegExp(`/Lang \\(${lang}\\)`));
    const zip = await JSZip.loadAsync(readFileSync(file('pptx')));
    const slide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(slide).toMatch(new RegExp(`lang="${lang}`));
  });

  it('has a glyph for every character (no missing-glyph warning) and says which texts fell back', () => {
    const { err } = built.get(lang)!;
    expect(err).not.toMatch(/missing[- ]glyph|no glyph/i);
    if (lang === 'en') expect(err).toBe('');
    else expect(err).toMatch(new RegExp(`warning: no "${lang}" text for \\d+ fields \\(title, `));
  });
});

describe('Chinese inside other languages', () => {
  it('keeps zh on the Chinese city names in an English brief', () => {
    const bytes = readFileSync(path.join(built.get('en')!.dir, 'milan-shanghai.pdf')).toString('latin1');
    expect(bytes).toMatch(/\/Lang \(zh/);
  });

  it('marks Chinese runs of the deck zh-CN with the East Asian font', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(built.get('zh')!.dir, 'milan-shanghai.pptx')));
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toMatch(/lang="zh-CN"/);
    expect(slide).toMatch(/<a:ea typeface="Microsoft YaHei"/);
  });
});
