import { describe, expect, it } from 'vitest';
import { CaseStudyError } from '../../src/errors.js';
import { loadCaseStudy, parseCaseStudy } from '../../src/load/load-case-study.js';
import { SAMPLE, sampleText, sampleWith, seedParagraphs, tempFile } from '../helpers/case-study.js';

function problems(text: string, file = 'case.yaml'): string[] {
  try {
    parseCaseStudy(text, { file });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.message.split('\n').filter((l) => l.startsWith(file));
    throw err;
  }
  throw new Error('expected the case study to be rejected');
}

function lineOf(text: string, find: string): number {
  return text.slice(0, text.indexOf(find)).split('\n').length;
}

describe('loadCaseStudy', () => {
  it('loads the sample with every paragraph of the seed text verbatim', async () => {
    const { data } = await loadCaseStudy(SAMPLE);
    const paragraphs = data.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs).toEqual(seedParagraphs());
    expect(data.cities.map((c) => c.name)).toEqual(['Milan', 'Shanghai']);
    expect(data.partnership?.start).toBe('1979-07-03');
    expect(data.timeline?.find((t) => t.end)?.date).toBe('2010-06-16');
  });

  it('reports a typo in a key at its line and column, with a suggestion', () => {
    const text = sampleWith('collection:', 'colection:');
    const line = lineOf(text, 'colection:');
    expect(problems(text)).toContain(`case.yaml:${line}:1: unknown key \`colection\`; did you mean \`collection\`?`);
  });

  it('reports an impossible date at the value', () => {
    const text = sampleWith('start: 1979-07-03', 'start: 1979-02-30');
    const line = lineOf(text, 'start: 1979-02-30');
    expect(problems(text)).toContain(`case.yaml:${line}:10: \`partnership.start\` is not a real date (check the month and the day)`);
  });

  it('reports every problem at once, in line order', () => {
    const text = sampleWith('id: milan-shanghai', 'id: Milan Shanghai').replace('kind: future', 'kind: futur').replace('value: 600', 'value: []');
    const found = problems(text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^case\.yaml:7:5: `id` must be lower-case words/);
    expect(found[1]).toMatch(/`sections\[3\]\.kind` must be one of: character, activities/);
    expect(found[2]).toMatch(/`key_figures\[1\]\.value`/);
  });

  it('names a missing required key and what it is for', () => {
    const text = sampleText().replace(/^title: .*\n/m, '');
    expect(problems(text).join('\n')).toMatch(/missing key `title` \(The case study’s title line/);
  });

  it('accepts a case study without start date, coordinates or timeline', () => {
    const text = sampleText()
      .replace(/^ {2}start: .*\n/m, '')
      .replace(/^ {4}coordinates: .*\n/gm, '')
      .replace(/^timeline:\n(?: {2}.*\n|\n)*/m, '');
    const data = parseCaseStudy(text, { file: 'lean.yaml' }).data;
    expect(data.partnership?.start).toBeUndefined();
    expect(data.timeline).toBeUndefined();
  });

  it('reports YAML syntax errors with a code frame, at the line that opened the mistake', () => {
    const [first] = problems('id: x\ntitle: [a, b\ncities: 1\n');
    expect(first).toBe('case.yaml:2:8: the `[` here is not closed: end it with `]` on the same line');
  });

  it('refuses duplicate keys', () => {
    expect(problems('id: a\nid: b\n')[0]).toMatch(/^case\.yaml:2:1: Map keys must be unique/);
  });

  it('refuses custom tags', () => {
    expect(problems('id: !js/function x\n')[0]).toMatch(/custom YAML tags are not allowed/);
  });

  it('refuses an empty file and a root that is not a mapping', () => {
    expect(problems('')[0]).toMatch(/the file is empty/);
    expect(problems('- a\n- b\n')[0]).toMatch(/^case\.yaml:1:1: the top level must be a mapping/);
  });

  it('refuses a "billion laughs" file quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    // A billion leaves if expanded: the loader must stop at the alias limit, not run out of memory.
    expect(problems(lines.join('\n'))).toEqual([expect.stringMatching(/^case\.yaml:2:8: the file expands its aliases \(\*a and others\) too often/)]);
  });

  it('refuses binary and non-UTF-8 files with their name', async () => {
    await expect(loadCaseStudy(tempFile('bin.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])))).rejects.toThrow(/binary file/);
    await expect(loadCaseStudy(tempFile('latin1.yaml', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a])))).rejects.toThrow(/latin1\.yaml:1:5: is not valid UTF-8/);
    await expect(loadCaseStudy('no/such/file.yaml')).rejects.toThrow(/no\/such\/file\.yaml: no such file/);
  });
});

describe('text that YAML cuts short', () => {
  it('warns at its place when " #" starts a comment or "&" an anchor inside what reads as text', () => {
    const text = sampleText()
      .replace('source: International Affairs Office City of Milan', 'source: Office #2 of Milan')
      .replace('instrument: Declaration of Intent', 'instrument: &Co Declaration');
    const { warnings } = parseCaseStudy(text, { file: 'x.yaml' });
    const line = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'W_YAML_ANCHOR', line: line('&Co'), col: 15 }),
      expect.objectContaining({ code: 'W_YAML_COMMENT', line: line('#2 of Milan'), message: expect.stringContaining('put the whole text in quotes: "Office #2 of Milan"') }),
    ]);
    expect(parseCaseStudy(sampleText()).warnings).toBeUndefined();
  });
});
