import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableCell, TableNode } from '../../../src/model/document.js';
import { buildPlan } from '../../../src/writers/pdf/build-plan.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { shareColumns } from '../../../src/writers/table-columns.js';
import { chartsDemo, tableColumns, tableRows } from '../charts-demo.js';
import { brief } from './briefs.js';

const CHECK = '/work/shared/tools/check-pdf';
let measurer: Measurer;

beforeAll(async () => {
  measurer = await fontMeasurer();
});

const cell = (value: string, numeric = false): TableCell => ({ content: [{ type: 'text', value }], numeric });
const squash = (s: string) => s.replace(/\s+/g, '');

function table(rows: number, long = 1): TableNode {
  return {
    type: 'table',
    title: 'Delegations',
    columns: [cell('Month'), cell('Delegation'), cell('Participants')],
    rows: Array.from({ length: rows }, (_, i) => [
      cell(`2019-${String((i % 12) + 1).padStart(2, '0')}`),
      cell(`Delegation number ${i + 1} ${'with a long name '.repeat(long)}`),
      cell(String(i + 3), true),
    ]),
  };
}

describe('column widths', () => {
  it('widens natural widths alike when they fit', () => {
    expect(shareColumns([10, 30], [5, 8], 80)).toEqual([20, 60]);
  });

  it('keeps a short column whole and lets the long one wrap', () => {
    const [date, text, number] = shareColumns([50, 900, 40], [50, 90, 40], 480);
    expect([date, number]).toEqual([50, 40]);
    expect(text).toBe(390);
  });
});

describe('tables in the brief', () => {
  it('tags a Table with a header row of TH (column scope) and a TR of TD per row', () => {
    const { plan } = buildPlan(brief([table(3)]), 'a4', measurer);
    const th = plan.structure.filter((e) => e.type === 'TH');
    expect(th).toHaveLength(3);
    expect(th.every((e) => e.scope === 'Column')).toBe(true);
    expect(plan.structure.filter((e) => e.type === 'TR')).toHaveLength(4);
    expect(plan.structure.filter((e) => e.type === 'TD')).toHaveLength(9);
  });

  it('repeats the header row on every further page, as an artifact (the tagged header is the first), and never splits a row', () => {
    const result = buildPlan(brief([table(120, 3)]), 'a4', measurer);
    const pages = result.plan.pages.filter((p) => p.items.some((i) => i.marks.some((m) => m.kind === 'text' && m.text.startsWith('Delegation number'))));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const texts = page.items.flatMap((i) => i.marks.flatMap((m) => (m.kind === 'text' ? [{ text: m.text, y: m.y, tag: i.tag }] : [])));
      const header = texts.find((t) => t.text === 'Participants');
      const firstRow = texts.filter((t) => t.text.startsWith('Delegation number')).sort((a, b) => a.y - b.y)[0]!;
      expect(header, `page ${page.number} has the header`).toBeDefined();
      expect(header!.y).toBeLessThan(firstRow.y);
    }
    const repeated = pages.slice(1).map((p) => p.items.find((i) => i.marks.some((m) => m.kind === 'text' && m.text === 'Participants')));
    expect(repeated.every((item) => item?.tag === 'artifact' && item.artifact === 'Layout')).toBe(true);
    const rows = result.placements.flat().filter((p) => p.kind === 'table');
    expect(rows.reduce((n, p) => n + p.to - p.from, 0)).toBe(121);
  });
});

describe('the 80-row table of the charts demo', () => {
  let pages: string[];
  let file: string;
  beforeAll(async () => {
    const { bytes } = await renderPdf(await chartsDemo('brief'), { sourceDateEpoch: 0 });
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-table-')), 'charts-demo.pdf');
    writeFileSync(file, bytes);
    pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  });

  it('has every row on one line of one page, cells in order', async () => {
    const lines = pages.flatMap((p) => p.split('\n')).map(squash);
    for (const row of await tableRows()) expect(lines, row.join(' | ')).toContain(squash(row.join('')));
  });

  it('shows the header row on every page the table spans', async () => {
    const header = squash((await tableColumns()).join(''));
    const rows = (await tableRows()).map((r) => squash(r.join('')));
    const spanned = pages.filter((p) => p.split('\n').some((line) => rows.includes(squash(line))));
    expect(spanned.length).toBeGreaterThan(2);
    for (const page of spanned) expect(page.split('\n').map(squash)).toContain(header);
  });

  it.runIf(existsSync(CHECK))('passes check-pdf with every row in its text', async () => {
    const expected = path.join(path.dirname(file), 'expected.txt');
    writeFileSync(expected, (await tableRows()).map((r) => r.join(' ')).join('\n'));
    expect(execFileSync(CHECK, [file, '--no-pdfa', '--text', expected], { encoding: 'utf8' })).toMatch(/PASS\s+text[\s\S]*pdf: \d+ checks, 0 failed/);
  });
});
