import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseStudyError, type Problem } from '../../src/errors.js';
import { loadCaseStudy, parseCaseStudy } from '../../src/load/load-case-study.js';
import { sampleText, sampleWith, tempFile } from '../helpers/case-study.js';

/** The problems a text gets, as `line:col: message`, without code frames. */
function problems(text: string, file = 'case.yaml'): string[] {
  try {
    parseCaseStudy(text, { file });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.problems.map((p: Problem) => `${p.line ?? '-'}:${p.col ?? '-'}: ${p.message}`);
    throw err;
  }
  throw new Error('expected the case study to be rejected');
}

function lineOf(text: string, find: string): number {
  return text.slice(0, text.indexOf(find)).split('\n').length;
}

/** The sample with the line that starts with `find` (after its indentation) replaced by `line`. */
function withLine(find: string, line: string): { text: string; n: number } {
  const text = sampleWith(find, line);
  return { text, n: lineOf(text, line) };
}

describe('a YAML mistake a person makes gets one message that says how to fix it', () => {
  it('a colon followed by a space in unquoted text', () => {
    const { text, n } = withLine('    event: After a summit meeting, a Declaration of Intent is signed and the partnership begins.', '    event: Lab opening: joint research');
    expect(problems(text)).toEqual([`${n}:12: text that contains a colon followed by a space must be in quotes: \`event: "Lab opening: joint research"\``]);
  });

  it('a colon in a list item, which YAML reads as a mapping', () => {
    const text = sampleWith(
      '    paragraphs:\n      - >-\n        The partnership between',
      '    paragraphs:\n      - Note: the dates are approximate\n      - >-\n        The partnership between',
    );
    expect(problems(text)).toEqual([
      `${lineOf(text, 'Note:')}:9: \`sections[0].paragraphs[0]\`: text that contains a colon followed by a space must be in quotes: \`- "Note: the dates are approximate"\``,
    ]);
  });

  it('a colon inside { … }', () => {
    const { text, n } = withLine('    heading: Main topics addressed and activities undertaken under the partnership', '    heading: { en: Topics: activities }');
    expect(problems(text)).toEqual([`${n}:20: text that contains a colon followed by a space must be in quotes: \`heading: { en: "Topics: activities" }\``]);
  });

  it('a comma inside { … }', () => {
    const { text, n } = withLine('    heading: Main topics addressed and activities undertaken under the partnership', '    heading: { en: Topics, activities and results }');
    expect(problems(text)).toEqual([
      `${n}:14: \`sections[1].heading\`: inside { … } a comma separates languages, so "activities and results" was read as one; put text that contains a comma in quotes: \`heading: { en: "Topics, activities and results" }\``,
    ]);
  });

  it('a year where a full day is needed', () => {
    const { text, n } = withLine('  start: 1979-07-03', '  start: 1980');
    expect(problems(text)).toEqual([`${n}:10: \`partnership.start\` needs a full day, YYYY-MM-DD (such as \`start: 1979-07-03\`), not only the year 1980`]);
  });

  it('a date in words gets its format, not also "not a real date"', () => {
    const { text, n } = withLine('  start: 1979-07-03', '  start: 3 July 1979');
    expect(problems(text)).toEqual([`${n}:10: \`partnership.start\` must be a date written YYYY-MM-DD, e.g. 1979-07-03`]);
  });

  it('a number where text is needed', () => {
    const { text, n } = withLine('title: Milan (Italy) and Shanghai', 'title: 2020');
    expect(problems(text)).toEqual([`${n}:8: \`title\` must be text, but YAML reads 2020 as a number; put it in quotes: \`title: "2020"\``]);
  });

  it('a key with no value', () => {
    const { text, n } = withLine('source: International Affairs Office City of Milan', 'source:');
    expect(problems(text)).toEqual([`${n}:8: \`source\` has no value; write it after the colon, or remove \`source:\``]);
  });

  it('a misspelt required key is one problem, not also a missing key', () => {
    const { text, n } = withLine('  - name: Shanghai', '  - nam: Shanghai');
    expect(problems(text)).toEqual([`${n}:5: unknown key \`nam\`; did you mean \`name\`?`]);
  });

  it('a tab in the indentation', () => {
    const { text, n } = withLine('  instrument: Declaration of Intent', '\tinstrument: Declaration of Intent');
    expect(problems(text)).toEqual([`${n}:1: this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces`]);
  });

  it('a line indented one space too far, pointed at that line rather than the one above', () => {
    const { text, n } = withLine('  instrument: Declaration of Intent', '   instrument: Declaration of Intent');
    expect(problems(text)).toEqual([`${n}:4: \`instrument:\` is indented 3 spaces, one more than \`start:\` on line ${n - 1} above it; line it up with \`start:\` (2 spaces)`]);
  });

  it('a line in a list item indented one space too far', () => {
    const { text, n } = withLine('    heading: Key achievements within the partnership', '     heading: Key achievements within the partnership');
    expect(problems(text)).toEqual([`${n}:6: \`heading:\` is indented 5 spaces, one more than \`kind:\` on line ${n - 1} above it; line it up with \`kind:\` (4 spaces)`]);
  });

  it('a line indented one space too little, offered the level its key belongs to', () => {
    const { text, n } = withLine('  instrument: Declaration of Intent', ' instrument: Declaration of Intent');
    expect(problems(text)).toEqual([
      `${n}:2: \`instrument:\` is indented 1 space, which lines it up with nothing above it; line it up with \`start:\` on line ${n - 1} (2 spaces)`,
    ]);
    const top = withLine('source: International Affairs Office City of Milan', ' source: International Affairs Office City of Milan');
    expect(problems(top.text)).toEqual([
      `${top.n}:2: \`source:\` is indented 1 space, which lines it up with nothing above it; line it up with \`partnership:\` on line ${lineOf(top.text, 'partnership:')} (no indent)`,
    ]);
  });

  it('a list item out of line, with its follow-on errors dropped', () => {
    const { text, n } = withLine('  - name: Shanghai', ' - name: Shanghai');
    expect(problems(text)).toEqual([
      `${n}:2: the list item \`- …\` is indented 1 space, which lines it up with nothing above it; line it up with the list item on line ${lineOf(text, '  - name: Milan')} (2 spaces)`,
    ]);
  });

  it('a dash without a space', () => {
    const { text, n } = withLine('  - name: Shanghai', '  -name: Shanghai');
    expect(problems(text)).toEqual([`${n}:3: a list item needs a space after its dash: \`- name: Shanghai\``]);
  });

  it('a line of a >- text indented less than the first', () => {
    const { text, n } = withLine('        interest topics like financial', '       interest topics like financial');
    expect(problems(text)).toEqual([
      `${n}:8: this line is indented 7 spaces, less than the text above it (8 spaces): every line of a text after \`>-\` or \`|\` must be indented at least as much as its first line`,
    ]);
  });

  it('no space after a colon', () => {
    const { text, n } = withLine('  instrument: Declaration of Intent', '  instrument:Declaration of Intent');
    expect(problems(text)).toEqual([`${n}:3: put a space after the colon: \`instrument: Declaration of Intent\``]);
  });

  it('a { left open, pointed at where it opens', () => {
    const { text, n } = withLine('    names: { it: Milano, zh: 米兰 }', '    names: { it: Milano, zh: 米兰');
    expect(problems(text)).toEqual([`${n}:12: the \`{\` here is not closed: end it with \`}\` on the same line`]);
  });

  it('text that starts with a reserved character or with a quoted part', () => {
    const at = withLine('source: International Affairs Office City of Milan', 'source: @milan office');
    expect(problems(at.text)).toEqual([`${at.n}:9: text that starts with @ must be in quotes: \`source: "@milan office"\``]);
    const quote = withLine('source: International Affairs Office City of Milan', 'source: "International" Affairs Office');
    expect(problems(quote.text)[0]).toContain(`put the whole text in the other kind of quotes: \`source: '"International" Affairs Office'\``);
  });

  it('shows at most a few syntax problems, then one line for the rest', () => {
    const text = Array.from({ length: 12 }, (_, i) => `key${i}: a: b`).join('\n\n');
    const found = problems(text);
    expect(found).toHaveLength(6);
    expect(found[5]).toMatch(/and more YAML problems after line \d+; fix the ones above first/);
  });

  it('keeps the code frame under a syntax problem to the line and a caret', () => {
    const { text } = withLine('    event: After a summit meeting, a Declaration of Intent is signed and the partnership begins.', '    event: Lab opening: joint research');
    try {
      parseCaseStudy(text, { file: 'case.yaml' });
    } catch (err) {
      expect((err as CaseStudyError).problems[0]?.frame).toBe('    event: Lab opening: joint research\n           ^');
      return;
    }
    throw new Error('expected a problem');
  });
});

describe('long texts', () => {
  const paragraph = `      - >-\n        ${'The partnership between Milan and Shanghai began 30 years ago. '.repeat(10)}\n`;

  it('loads a long case study (over a megabyte) whole', () => {
    const text = sampleText().replace('    paragraphs:\n', `    paragraphs:\n${paragraph.repeat(2000)}`);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(parseCaseStudy(text, { file: 'long.yaml' }).data.sections[0]?.paragraphs).toHaveLength(2001);
  });

  it('refuses a long file that is not YAML from its first lines, in a few problems', () => {
    const lines = ['a: b: c', '- x', '{', '  key: value: more', '\tTab', '-bad'];
    const text = Array.from({ length: 200_000 }, (_, i) => lines[i % lines.length]).join('\n');
    const found = problems(text);
    expect(found.length).toBeLessThanOrEqual(6);
    expect(found[0]).toMatch(/^1:4: text that contains a colon followed by a space must be in quotes: `a: "b: c"`/);
  });

  it('finds a mistake after a long valid beginning', () => {
    const text = `${sampleText().replace('    paragraphs:\n', `    paragraphs:\n${paragraph.repeat(500)}`)}\nextra: Lab opening: joint research\n`;
    const n = text.split('\n').length - 1;
    expect(problems(text)).toEqual([`${n}:8: text that contains a colon followed by a space must be in quotes: \`extra: "Lab opening: joint research"\``]);
  });

  it('says the first key is the one indented wrongly when the keys after it are not', () => {
    expect(problems('  id: x\ntitle: y\n')).toEqual([
      '2:1: `title:` is indented no spaces, less than the first key, `id` on line 1 (2 spaces): start the first key at the beginning of the line',
    ]);
  });
});

describe('line ends and files that are not YAML', () => {
  it('reads a file with CR-only line ends (old Mac editors) like any other', () => {
    const cr = sampleText().replace(/\n/g, '\r');
    expect(parseCaseStudy(cr, { file: 'mac.yaml' }).data).toEqual(parseCaseStudy(sampleText(), { file: 'unix.yaml' }).data);
  });

  it('tells a file of only comments from an empty one', () => {
    expect(problems('# to do\n')).toEqual([expect.stringMatching(/^1:1: the file holds only comments; a case study starts with `id:`/)]);
  });

  it('says to import a survey text given to the loader, whatever its extension', () => {
    const survey = readFileSync('tests/fixtures/milan-shanghai.txt', 'utf8');
    const advice = '1:1: this is a survey text, not a case study in YAML; turn it into one with `casebrief import FILE --out data`, check the YAML it writes, then build that';
    expect(problems(survey, 'milan.txt')).toEqual([advice.replace('FILE', 'milan.txt')]);
    expect(problems(survey, 'cases/milan.yaml')).toEqual([advice.replace('FILE', 'cases/milan.yaml')]);
  });

  it('says to import a .txt file that is not YAML', async () => {
    const file = tempFile('notes.txt', 'Some notes: about the partnership\n  and: more\n - bad');
    await expect(loadCaseStudy(file)).rejects.toThrow(
      /this is a plain-text file, not a case study in YAML \(\.yaml\); turn it into one with `casebrief import .*notes\.txt --out data`/,
    );
  });
});
