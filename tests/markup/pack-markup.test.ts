import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseStudyError } from '../../src/errors.js';
import { inlineText } from '../../src/model/document.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import { loadTemplates } from '../../src/template/load-templates.js';
import { renderPackMarkup } from '../../src/template/render-pack-markup.js';

const chapters = [
  { title: 'Milan (Italy) and Shanghai', source: 'International Affairs Office City of Milan' },
  { title: 'Bonn (Germany) and Chengdu', source: 'A test fixture' },
  { title: 'Lyon (France) and Guangzhou', source: 'A test fixture' },
];

describe('pack.hbs and <pack> markup', async () => {
  const set = await loadTemplates();

  it.each(['en', 'it', 'zh'])('every label pack.hbs uses exists in %s', (lang) => {
    const labels = JSON.parse(readFileSync(`templates/messages/${lang}.json`, 'utf8')) as Record<string, string>;
    const used = [...readFileSync('templates/pack.hbs', 'utf8').matchAll(/\{\{t "(\w+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(4);
    for (const key of used) expect(labels[key], key).toBeTruthy();
  });

  it('yields a pack document with the cover, the labels and each source once as author', () => {
    const doc = parseMarkup(renderPackMarkup(set, 'Mission to Shanghai, May 2027', chapters, { lang: 'en', asOf: '2027-05-01' }), { file: 'pack.hbs' });
    if (doc.type !== 'pack') throw new Error(`expected a pack, got ${doc.type}`);
    expect(inlineText(doc.cover.title)).toBe('Mission to Shanghai, May 2027');
    expect(doc.cover.subtitle.map(inlineText)).toEqual(['Briefing pack · 3 city partnerships']);
    expect(inlineText(doc.cover.tagline)).toBe('As of 1 May 2027');
    expect(doc.labels).toEqual({
      pageOf: 'Page {page} of {pages}',
      continued: '(cont.)',
      contents: 'Contents',
      chapterOf: 'Partnership {n} of {count}',
      chapterSources: 'Sources and links',
    });
    expect(doc.header).toBe('Mission to Shanghai, May 2027 · Briefing pack');
    expect(doc.meta.author).toBe('International Affairs Office City of Milan; A test fixture');
    expect(doc.chapters).toEqual([]);
  });

  it('says "one" for a pack of one, in Italian too', () => {
    const doc = parseMarkup(renderPackMarkup(set, 'Missione', chapters.slice(0, 1), { lang: 'it', asOf: '2027-05-01' }), { file: 'pack.hbs' });
    expect(doc.type === 'pack' && doc.cover.subtitle.map(inlineText)).toEqual(['Dossier informativo · Un partenariato tra città']);
  });

  it('escapes a title that looks like markup', () => {
    const doc = parseMarkup(renderPackMarkup(set, 'R&D <pack> "mission"', chapters, { lang: 'en', asOf: '2027-05-01' }), { file: 'pack.hbs' });
    expect(doc.type === 'pack' && inlineText(doc.cover.title)).toBe('R&D <pack> "mission"');
  });

  it('reports a pack without a cover, and anything but a cover inside it', () => {
    const read = (markup: string) => {
      try {
        parseMarkup(markup, { file: 'pack.hbs' });
        return '';
      } catch (err) {
        return (err as CaseStudyError).problems.map((d) => d.message).join('\n');
      }
    };
    expect(read('<pack title="T" contents="Contents"></pack>')).toMatch(/<pack> needs a <cover>/);
    expect(read('<pack title="T" contents="Contents"><cover><title>T</title></cover><p>x</p></pack>')).toMatch(/unknown element <p> here; expected one <cover> inside <pack>/);
    expect(read('<pack title="T"><cover><title>T</title></cover></pack>')).toMatch(/needs the attribute contents=/);
  });
});
