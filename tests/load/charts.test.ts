import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseStudyError } from '../../src/errors.js';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { localize } from '../../src/load/localize.js';
import { CHARTS_DEMO } from '../writers/charts-demo.js';

const demo = () => readFileSync(CHARTS_DEMO, 'utf8');

/** The demo with one exact piece of text replaced. */
function demoWith(find: string, replace: string): string {
  const text = demo();
  if (!text.includes(find)) throw new Error(`the demo has no "${find}"`);
  return text.replace(find, replace);
}

/** The problems parsing `text` gives, as `line:col: message`. */
function problems(text: string): string[] {
  try {
    parseCaseStudy(text, { file: 'charts.yaml' });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    throw err;
  }
  return [];
}

describe('charts: and tables: in a case study', () => {
  it('reads the demo: four charts of each kind and a table of 80 rows of four cells', () => {
    const { data } = parseCaseStudy(demo(), { file: CHARTS_DEMO });
    expect(data.charts?.map((c) => c.kind)).toEqual(['column', 'pie', 'line', 'bar']);
    expect(data.tables?.[0]?.rows).toHaveLength(80);
    expect(data.tables?.[0]?.rows.every((r) => r.length === 4)).toBe(true);
  });

  it('gives templates one shape for either form: labels and series, a year written as a number read as text', () => {
    const { data } = localize(parseCaseStudy(demo(), { file: CHARTS_DEMO }).data, 'it');
    const [column, , line] = data.charts ?? [];
    expect(column).toMatchObject({ title: 'Studenti scambiati ogni anno', unit: 'studenti', series: [{ name: 'studenti' }] });
    expect(column?.labels.slice(0, 2)).toEqual(['2015', '2016']);
    expect(line?.series.map((s) => s.name)).toEqual(['Da Valdoria a Lianhe', 'Da Lianhe a Valdoria']);
    expect(data.tables?.[0]?.rows[0]).toEqual(['2005-01', 'Scambio tra curatori museali', 'Da Valdoria a Lianhe', 7]);
  });

  it('does not count years, dates and numbers as text missing in a language', () => {
    expect(localize(parseCaseStudy(demo(), { file: CHARTS_DEMO }).data, 'zh').fallbacks).toEqual([]);
  });

  it('reports a row with a cell too few, at the row', () => {
    const text = demoWith('      - ["2005-01", { en: Museum', '      - ["2005-01", 7]\n      - ["2005-01", { en: Museum');
    const line = text.split('\n').indexOf('      - ["2005-01", 7]') + 1;
    expect(problems(text)).toEqual([`${line}:9: \`tables[0].rows[0]\` has 2 cells for 4 columns; give one cell per column, in the order of \`columns\` (~ for an empty cell)`]);
  });

  it('reports a value written with its unit, and says how to write it', () => {
    expect(problems(demoWith('{ label: 2016, value: 44 }', '{ label: 2016, value: 44 students }'))[0]).toMatch(
      /^\d+:31: `charts\[0\]\.data\[1\]\.value` must be a number written with digits, .* \(such as `value: 44`\), not the text "44 students"$/,
    );
  });

  it('refuses a negative share in a pie, pointing at the value', () => {
    expect(problems(demoWith('zh: 贸易 }, value: 6 }', 'zh: 贸易 }, value: -6 }'))[0]).toMatch(
      /`charts\[1\]\.data\[3\]\.value` \(-6\) is negative, and a pie cannot show a negative share/,
    );
  });

  it('reports a series with a value too few for its labels', () => {
    expect(problems(demoWith('values: [4.2, 5.1, 6.3, 0.8, 1.5, 3.9, 6.8, 7.4]', 'values: [4.2, 5.1, 6.3, 0.8, 1.5, 3.9, 6.8]'))[0]).toMatch(
      /`charts\[2\]\.series\[0\]\.values` has 7 values for 8 labels; give one value per label/,
    );
  });

  it('names the kinds a chart may be, and what a chart without data needs', () => {
    expect(problems(demoWith('kind: pie', 'kind: donut'))[0]).toMatch(/`charts\[1\]\.kind` must be one of: column, bar, line, pie/);
    expect(problems(demoWith('zh: 欧元 }\n    data:', 'zh: 欧元 }\n    dat:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/`charts\[3\]` missing key `data`: a chart needs `data`/), expect.stringMatching(/unknown key `dat`; did you mean `data`\?/)]),
    );
  });

  it('refuses two pie series and data given both ways', () => {
    const pie = [
      'charts:',
      '  - title: Shares',
      '    kind: pie',
      '    labels: [a, b]',
      '    series:',
      '      - { name: x, values: [1, 2] }',
      '      - { name: y, values: [3, 4] }',
    ].join('\n');
    const text = demo().replace(/^charts:\n/m, `${pie}\n`);
    expect(problems(text)[0]).toMatch(/`charts\[0\]\.series` has 2 series, and a pie shows one/);
    const both = demo().replace(/^charts:\n/m, 'charts:\n  - { title: T, kind: column, data: [{ label: a, value: 1 }], labels: [a], series: [{ name: n, values: [1] }] }\n');
    expect(problems(both)[0]).toMatch(/`charts\[0\]\.data` is given together with `labels`\/`series`/);
  });
});
