import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { importText } from '../../src/import/import-text.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import type { CaseStudy } from '../../src/load/schema.js';
import { bodyLines, fixture, flatBody, paragraphsOf, sentences } from './survey-text.js';

/** Imports one test text into a fresh folder and loads the YAML back through the validating loader. */
async function imported(name: string): Promise<{ cs: CaseStudy; yaml: string; warnings: string[] }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-import-'));
  const { written, warnings } = await importCommand([fixture(name)], { out, force: false });
  expect(written).toHaveLength(1);
  return { cs: (await loadCaseStudy(written[0]!)).data, yaml: readFileSync(written[0]!, 'utf8'), warnings };
}

const headingsOf = (cs: CaseStudy) => cs.sections.map((s) => s.heading as string);

describe.each(['missing-sections.txt', 'unknown-heading.txt', 'crlf-bom.txt', 'chengdu-bonn-zh.txt', 'long-section.txt', 'title-and-one-section.txt'])('importing %s', (name) => {
  it('writes valid YAML with every sentence of the text in its paragraphs, and nothing else', async () => {
    const { cs } = await imported(name);
    // Headings are left out of the check below, so they must really be headings, not sentences.
    for (const h of headingsOf(cs)) expect(h.split(/\s+/).length <= 20 && !/[.。!?]$/.test(h), h).toBe(true);
    const body = bodyLines(fixture(name), headingsOf(cs));
    const paragraphs = paragraphsOf(cs);
    const all = paragraphs.join('\n');
    const missing = sentences(body).filter((s) => !all.includes(s));
    expect(missing).toEqual([]);
    // Nothing invented or reworded: each paragraph is a run of the text's own lines.
    for (const p of paragraphs) expect(flatBody(body)).toContain(p);
  });
});

describe('what each test text shows', () => {
  it('missing sections: left out, each with a warning; "1 October 2001" becomes the start', async () => {
    const { cs, warnings } = await imported('missing-sections.txt');
    expect(cs.sections.map((s) => s.kind)).toEqual(['character', 'achievements']);
    for (const kind of ['activities', 'future', 'obstacles']) expect(warnings.some((w) => w.includes(`(kind ${kind}) found; it is left out`))).toBe(true);
    expect(cs.partnership?.start).toBe('2001-10-01');
    expect(cs.timeline).toEqual([
      { date: '2006-03', event: 'A joint office for students opened in March 2006 and has advised more than 300 young people since then.', proposed: true },
    ]);
  });

  it('headings matched tolerantly; an unknown heading kept as "other" after the known ones, with a warning', async () => {
    const { cs, warnings } = await imported('unknown-heading.txt');
    expect(cs.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['character', 'CHARACTER, START AND DURATION OF PARTNERSHIP'],
      ['activities', '2. Main topics adressed and activites undertaken'],
      ['achievements', 'Key achievements:'],
      ['future', 'Future expectations'],
      ['obstacles', 'Key obstacles and weaknesses'],
      ['other', 'Lessons learned'],
    ]);
    // A list of short lines without periods is text, not a run of empty headings.
    expect(cs.sections[5]!.paragraphs).toEqual([
      'Exchanges work best when schools and companies lead them. Official visits alone did not create lasting contacts.',
      'Partners involved',
      'Municipality of Turin',
      'Shenyang Foreign Affairs Office',
      'Politecnico di Torino',
    ]);
    expect(warnings).toContain(`${fixture('unknown-heading.txt')}: unknown heading "Lessons learned" (line 13): kept as a section of kind "other" after the survey's sections`);
    expect(warnings.find((w) => w.includes('after the closing line'))).toContain('"Para ir más allá" (line 35), "Fin del documento" (line 36)');
    expect(JSON.stringify(cs)).not.toContain('Fin del documento');
  });

  it('a bare year as the start: no partnership.start, a timeline entry and a warning saying so', async () => {
    const { cs, warnings } = await imported('unknown-heading.txt');
    expect(cs.partnership).toBeUndefined();
    expect(cs.timeline?.[0]).toEqual({ date: '1985', event: 'The friendship agreement between Turin and Shenyang was signed in 1985.', proposed: true });
    expect(warnings.some((w) => w.includes('start only as "1985" (a year)') && w.includes('proposed in the timeline instead'))).toBe(true);
    expect(cs.timeline?.map((t) => t.date)).toEqual(['1985', '2010-05', '2012-09-12', '2015']);
  });

  it('CRLF with BOM, trailing spaces and blank lines: read as if LF', async () => {
    const bytes = readFileSync(fixture('crlf-bom.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the fixture really is what it claims
    expect(bytes.includes('\r\n')).toBe(true);
    const { cs, yaml } = await imported('crlf-bom.txt');
    expect(cs.title).toBe('Milan (Italy) and Shanghai');
    expect(cs.source).toBe('International Affairs Office City of Milan');
    expect(cs.partnership?.start).toBe('1979-07-03');
    expect(yaml).not.toMatch(/\r|\uFEFF| +$/m);
    // The same text saved as plain LF UTF-8 gives the very same YAML.
    const plain = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/[ \t]*\r\n/g, '\n');
    expect(plain).not.toContain('\r');
    expect(importText(plain, fixture('crlf-bom.txt')).yaml).toBe(yaml);
    expect(cs.sections.map((s) => s.kind)).toEqual(['character', 'activities', 'achievements']);
  });

  it('Chinese text: zh detected, the Chinese form headings recognised, the id from the file name', async () => {
    const { cs, warnings } = await imported('chengdu-bonn-zh.txt');
    expect(cs.language).toBe('zh');
    expect(cs.id).toBe('chengdu-bonn-zh');
    expect(cs.cities).toEqual([{ name: '成都', country: '中国' }, { name: '波恩' }]);
    expect(cs.sections.map((s) => s.kind)).toEqual(['character', 'activities', 'achievements', 'future', 'obstacles']);
    expect(cs.source).toBe('成都市人民政府外事办公室');
    expect(cs.collection).toBe('欧洲－中国交流平台调查');
    expect(cs.partnership?.start).toBe('2009-04-17');
    expect(cs.timeline).toEqual([{ date: '2012', event: '2012年，波恩在成都举办了“德国文化周”。', proposed: true }]);
    expect(warnings.some((w) => w.includes('id "chengdu-bonn-zh" comes from the file name'))).toBe(true);
  });

  it('a very long section: 38 paragraphs kept in order, the hard-wrapped one joined, the id folded to ASCII', async () => {
    const { cs, yaml } = await imported('long-section.txt');
    expect(cs.id).toBe('zurich-kunming');
    expect(cs.sections[1]!.paragraphs).toHaveLength(38);
    expect(cs.sections[0]!.paragraphs).toHaveLength(1);
    expect(cs.partnership?.start).toBe('1999-03-28');
    expect(yaml).toContain('Was it worth the effort?  Everyone'); // a double space survives the folding
    expect(yaml.split('\n').filter((l) => l.length > 96)).toEqual([]);
  });

  it('only a title and one section: valid, with the missing source and collection left out and said in warnings and comments', async () => {
    const { cs, yaml, warnings } = await imported('title-and-one-section.txt');
    expect(cs.sections.map((s) => s.kind)).toEqual(['achievements']);
    expect(cs.source).toBeUndefined();
    expect(cs.collection).toBeUndefined();
    expect(yaml).toContain('# source: not in the text; who wrote the case study?\n');
    expect(yaml).not.toMatch(/^source:/m);
    expect(warnings.filter((w) => w.includes('is left out; add it if you know'))).toHaveLength(2);
    expect(warnings.filter((w) => w.includes('found; it is left out'))).toHaveLength(4);
  });
});
