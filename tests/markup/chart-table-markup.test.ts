import { describe, expect, it } from 'vitest';
import { CaseStudyError } from '../../src/errors.js';
import type { BriefDocument } from '../../src/model/document.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import { chartsDemo } from '../writers/charts-demo.js';

const brief = (body: string) => `<brief title="T">${body}</brief>`;

function blocks(body: string): BriefDocument['blocks'] {
  const doc = parseMarkup(brief(body), { file: 'brief.hbs' });
  if (doc.type !== 'brief') throw new Error('expected a brief');
  return doc.blocks;
}

function problems(body: string): string[] {
  try {
    parseMarkup(brief(body), { file: 'brief.hbs' });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.problems.map((p) => p.message.replace(/ \(markup line \d+\)$/, ''));
    throw err;
  }
  return [];
}

describe('<chart> and <table> markup', () => {
  it('reads a chart: categories, series of values with the number to draw and the text to show', () => {
    const [chart] = blocks(
      '<chart kind="column" title="Students" alt="Column chart: Students" unit="students"><category>2019</category><category>2020</category><series name="Milan"><value number="1500">1.500</value><value number="12.5">12,5</value></series></chart>',
    );
    expect(chart).toEqual({
      type: 'chart',
      kind: 'column',
      title: 'Students',
      alt: 'Column chart: Students',
      unit: 'students',
      categories: ['2019', '2020'],
      series: [
        {
          name: 'Milan',
          values: [
            { value: 1500, text: '1.500' },
            { value: 12.5, text: '12,5' },
          ],
        },
      ],
    });
  });

  it('reads a table: the header row, then rows of cells, numbers marked', () => {
    const [table] = blocks('<table title="Delegations"><tr><th>Month</th><th>People</th></tr><tr><td>2019-05</td><td numeric="true">12</td></tr></table>');
    expect(table).toEqual({
      type: 'table',
      title: 'Delegations',
      columns: [
        { content: [{ type: 'text', value: 'Month' }], numeric: false },
        { content: [{ type: 'text', value: 'People' }], numeric: false },
      ],
      rows: [
        [
          { content: [{ type: 'text', value: '2019-05' }], numeric: false },
          { content: [{ type: 'text', value: '12' }], numeric: true },
        ],
      ],
    });
  });

  it('reports a value that is not a number, a series of the wrong length and an unknown kind', () => {
    expect(problems('<chart kind="donut" alt="A"><category>a</category><series name="s"><value number="many">many</value><value number="2">2</value></series></chart>')).toEqual([
      'unknown chart kind "donut" (known: column, bar, line, pie)',
      '<value number="many"> must be a number written with digits, e.g. 1500 or 12.5',
      '<series name="s"> has 2 values for 1 <category> elements; give one value per category',
    ]);
  });

  it('reports a pie of two series or a negative share, and a row of the wrong length', () => {
    const pie =
      '<chart kind="pie" alt="A"><category>a</category><series name="s"><value number="-1">-1</value></series><series name="t"><value number="1">1</value></series></chart>';
    expect(problems(pie)).toEqual(['<chart kind="pie"> shows one series; give one <series>, or use kind="column" for several', '<chart kind="pie"> cannot show a negative value']);
    expect(problems('<table title="T"><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>')).toEqual([
      'a <tr> of <table title="T"> has 1 cells for 2 columns; give each row one <td> per <th>',
    ]);
  });

  it('places the demo’s charts and table after the sections of the brief, and each on slides of its own in the deck', async () => {
    const types = (await chartsDemo('brief')).blocks.map((b) => b.type);
    expect(types.lastIndexOf('paragraph', types.indexOf('chart'))).toBeGreaterThan(types.indexOf('heading'));
    expect(types.filter((t) => t === 'chart')).toHaveLength(4);
    const deck = await chartsDemo('deck', 'zh');
    const data = deck.slides.filter((s) => s.body.some((b) => b.type === 'chart' || b.type === 'table'));
    expect(data.map((s) => s.layout)).toEqual(['content', 'content', 'content', 'content', 'content']);
    expect(data[0]?.body[0]).toMatchObject({ type: 'chart', title: '每年交流学生人数', alt: '柱形图：每年交流学生人数', unit: '名学生' });
  });
});
