import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChartNode } from '../../../src/model/document.js';
import { buildPlan } from '../../../src/writers/pdf/build-plan.js';
import { formatTick, niceScale, pieSlices } from '../../../src/writers/chart-geometry.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import type { LayoutPlan } from '../../../src/writers/pdf/plan.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { pdfPages } from '../../helpers/extract.js';
import { chartsDemo } from '../charts-demo.js';
import { brief } from './briefs.js';

const CHECK = '/work/shared/tools/check-pdf';
let measurer: Measurer;

beforeAll(async () => {
  measurer = await fontMeasurer();
});

const chart = (kind: ChartNode['kind'], values: number[]): ChartNode => ({
  type: 'chart',
  kind,
  title: 'Students exchanged per year',
  alt: 'Column chart: Students exchanged per year',
  unit: 'students',
  categories: values.map((_, i) => String(2019 + i)),
  series: [{ name: 'students', values: values.map((value) => ({ value, text: String(value) })) }],
});

/** The Figure elements of a plan, and the text drawn inside them. */
function figures(plan: LayoutPlan): { alt: string | undefined; text: string[] }[] {
  return plan.structure
    .filter((e) => e.type === 'Figure')
    .map((fig) => ({
      alt: fig.alt,
      text: plan.pages.flatMap((p) => p.items.filter((i) => i.tag === fig.id).flatMap((i) => i.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])))),
    }));
}

describe('chart geometry', () => {
  it('takes in zero and every value with round steps', () => {
    expect(niceScale([38, 94])).toMatchObject({ min: 0, max: 100, step: 20 });
    expect(niceScale([0.6, 12.1]).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(niceScale([-3, 7])).toMatchObject({ min: -4, max: 8 });
  });

  it('shares a pie out clockwise from twelve o’clock, whole', () => {
    const slices = pieSlices([1, 1, 2]);
    expect(slices[0]!.start).toBe(0);
    expect(slices[2]!.end).toBeCloseTo(2 * Math.PI);
    expect(slices.map((s) => s.share)).toEqual([0.25, 0.25, 0.5]);
  });

  it('writes tick labels for the language', () => {
    expect(formatTick(12.5, 'it')).toBe('12,5');
    expect(formatTick(150000, 'en')).toBe('150,000');
    expect(formatTick(150000, 'it')).toBe('150.000');
  });
});

describe('charts in the brief', () => {
  it('draws each kind as a Figure with its alt text, labels and values as text', () => {
    for (const kind of ['column', 'bar', 'line', 'pie'] as const) {
      const { plan } = buildPlan(brief([chart(kind, [44, 12, 30])]), 'a4', measurer);
      const [fig] = figures(plan);
      expect(fig?.alt).toBe('Column chart: Students exchanged per year');
      expect(fig?.text).toEqual(expect.arrayContaining(['2019', '2021', '44']));
      const marks = plan.pages.flatMap((p) => p.items.flatMap((i) => i.marks));
      expect(marks.some((m) => m.kind === 'image')).toBe(false);
      expect(marks.some((m) => (kind === 'pie' || kind === 'line' ? m.kind === 'path' : m.kind === 'rect'))).toBe(true);
    }
  });

  it('follows the chart with its data as a table of header and value cells', () => {
    const { plan } = buildPlan(brief([chart('column', [44, 12, 30])]), 'a4', measurer);
    const types = plan.structure.map((e) => e.type);
    expect(types.filter((t) => t === 'Table')).toHaveLength(1);
    expect(types.filter((t) => t === 'TH')).toHaveLength(2);
    expect(types.filter((t) => t === 'TD')).toHaveLength(6);
    expect(types.indexOf('Figure')).toBeLessThan(types.indexOf('Table'));
  });

  it('keeps a chart in one piece: the figure moves to the next page rather than split', () => {
    const filler = Array.from({ length: 15 }, () => ({
      type: 'paragraph' as const,
      source: true,
      small: false,
      children: [{ type: 'text' as const, value: 'A line of running text that fills the page. '.repeat(4) }],
    }));
    const result = buildPlan(brief([...filler, chart('column', [44, 12, 30, 18, 25])]), 'a4', measurer);
    const placed = result.placements.flat().filter((p) => p.kind === 'chart');
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ from: 0, to: 1, of: 1 });
  });
});

describe('the charts demo brief', () => {
  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    bytes = (await renderPdf(await chartsDemo('brief'), { sourceDateEpoch: 0 })).bytes;
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-charts-')), 'charts-demo.pdf');
    writeFileSync(file, bytes);
  });

  it('has no raster image: the charts are vector graphics', () => {
    const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows).toEqual([]);
  });

  it('shows every chart title, label and value as text', async () => {
    const text = (await pdfPages(bytes)).join('\n');
    for (const words of [
      'Students exchanged per year',
      'Joint projects by field',
      'Visitors between the cities',
      'Budget by programme, 2024',
      'Urban planning',
      '184,500',
      '12.1',
      '29.8%',
    ]) {
      expect(text).toContain(words);
    }
  });

  it.runIf(existsSync(CHECK))('passes check-pdf with every chart label and value in its text', () => {
    const expected = path.join(path.dirname(file), 'expected.txt');
    writeFileSync(
      expected,
      ['Students exchanged per year', '2019 72', 'Joint projects by field', 'Culture 14', 'Health 3', 'Lianhe to Valdoria', 'Student exchanges 184,500'].join('\n'),
    );
    expect(execFileSync(CHECK, [file, '--no-pdfa', '--text', expected], { encoding: 'utf8' })).toMatch(/pdf: \d+ checks, 0 failed/);
  });
});
