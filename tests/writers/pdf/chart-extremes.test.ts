import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartNode, TableCell, TableNode } from '../../../src/model/document.js';
import { buildPlan } from '../../../src/writers/pdf/build-plan.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { brief } from './briefs.js';
import { outOfBounds, planTexts } from './plan-bounds.js';

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

const LONG = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
const cell = (value: string, numeric = false): TableCell => ({ content: [{ type: 'text', value }], numeric });

function chart(kind: ChartNode['kind'], count: number, value: (i: number) => number, label: (i: number) => string = (i) => `Category ${i + 1}`): ChartNode {
  return {
    type: 'chart',
    kind,
    title: `A ${kind} chart`,
    alt: `A ${kind} chart`,
    unit: 'thousand visitors from the partner city',
    categories: Array.from({ length: count }, (_, i) => label(i)),
    series: ['Valdoria to Lianhe', 'Lianhe to Valdoria'].slice(0, kind === 'pie' ? 1 : 2).map((name, s) => ({
      name,
      values: Array.from({ length: count }, (_, i) => ({ value: value(i) * (s + 1), text: String(value(i) * (s + 1)) })),
    })),
  };
}

const wide: TableNode = {
  type: 'table',
  title: 'A table of twelve columns with a word longer than a column',
  columns: Array.from({ length: 12 }, (_, c) => cell(`Column ${c + 1}`)),
  rows: Array.from({ length: 30 }, (_, r) => Array.from({ length: 12 }, (_, c) => (c === 3 ? cell(LONG) : cell(String(r * c * 1000), c > 6)))),
};

describe('charts and tables at their extremes', () => {
  it('keeps every label of crowded, negative, huge and long-labelled charts within the page', () => {
    const blocks = [
      chart('column', 40, (i) => i * 37),
      chart(
        'bar',
        30,
        (i) => i - 15,
        (i) => `${LONG.slice(0, 10 + i)} ${i}`,
      ),
      chart('line', 60, (i) => Math.sin(i) * 1e9),
      chart(
        'pie',
        24,
        (i) => i + 1,
        (i) => `${LONG} ${i}`,
      ),
      chart('column', 3, () => 0),
    ];
    const { plan, warnings } = buildPlan(brief([...blocks, wide]), 'a4', measurer);
    expect(outOfBounds(plan, measurer)).toEqual([]);
    const text = planTexts(plan)
      .map((t) => t.mark.text)
      .join(' ');
    for (const words of ['Category 40', '-15', 'Category 60', 'liogogogoch']) expect(text).toContain(words);
    expect(warnings.filter((w) => w.code !== 'pdf-text-truncated')).toEqual([]);
  });

  it('plans the same in the deck: a slide a chart, the wide table over slides, nothing lost', () => {
    const slide = {
      layout: 'content' as const,
      title: [{ type: 'text' as const, value: 'Figures' }],
      subtitle: [],
      body: [chart('column', 40, (i) => i), chart('pie', 24, (i) => i + 1), wide],
      aside: [],
      notes: [],
    };
    const plan = planDeck({
      type: 'deck',
      meta: { title: 'T', author: '', subject: '', keywords: [], lang: 'en' },
      labels: { pageOf: '', continued: '(cont.)' },
      footer: '',
      slides: [slide],
    });
    expect(plan.slides.filter((s) => s.charts).length).toBe(2);
    const tables = plan.slides.flatMap((s) => s.tables ?? []);
    expect(tables.reduce((n, t) => n + t.rows.length - 1, 0)).toBe(30);
    for (const t of tables) expect(t.colW.reduce((a, b) => a + b, 0)).toBeCloseTo(t.w);
  });
});
