import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { pptxgenInput } from '../../../src/writers/pptx/pptxgen-input.js';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import { writeDeck } from '../../../src/writers/pptx/write-deck.js';
import { xmlText } from '../../../src/writers/pptx/package-parts.js';
import { theme } from '../../../src/theme.js';
import { pptxSlides } from '../../helpers/extract.js';
import { chartsDemo, tableRows } from '../charts-demo.js';

const CHECK = '/work/shared/tools/check-pptx';

/** The text of every `<c:v>` (cached values and labels) of a chart part. */
const cached = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);

describe('charts in the deck', () => {
  let zip: JSZip;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await renderPptx(await chartsDemo('deck'), { sourceDateEpoch: 0 })).bytes;
    zip = await JSZip.loadAsync(bytes);
  });

  it('plans each chart on a slide of its own, titled by it, across the body area', async () => {
    const plan = planDeck(await chartsDemo('deck'));
    const charts = plan.slides.filter((s) => s.charts?.length);
    expect(charts.map((s) => s.charts![0]!.kind)).toEqual(['column', 'pie', 'line', 'bar']);
    for (const s of charts) {
      expect(s.charts).toHaveLength(1);
      expect(s.boxes).toEqual([]);
      expect(s.charts![0]!.title).toBe('');
      expect(s.charts![0]!.colours[0]).toBe(theme.colour.accent);
    }
  });

  it('writes native charts: a chart part per chart, holding its labels and values', async () => {
    const parts = Object.keys(zip.files)
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .sort();
    expect(parts).toHaveLength(4);
    const column = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(column).toContain('<c:barDir val="col"/>');
    expect(cached(column)).toEqual(expect.arrayContaining(['2015', '2024', '38', '94']));
    const pie = await zip.file('ppt/charts/chart2.xml')!.async('string');
    expect(pie).toContain('<c:pieChart>');
    expect(cached(pie)).toEqual(expect.arrayContaining(['Culture', 'Health', '14', '3']));
    const line = await zip.file('ppt/charts/chart3.xml')!.async('string');
    expect(line.match(/<c:ser>/g)).toHaveLength(2);
    expect(cached(line)).toEqual(expect.arrayContaining(['Valdoria to Lianhe', 'Lianhe to Valdoria', '12.1']));
  });

  it('embeds a workbook for each chart with the same data, which "Edit data" opens', async () => {
    for (let n = 1; n <= 4; n++) {
      const rels = await zip.file(`ppt/charts/_rels/chart${n}.xml.rels`)!.async('string');
      const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
      expect(target, `chart ${n} names its workbook`).toBeDefined();
      const book = await JSZip.loadAsync(await zip.file(`ppt/embeddings/${target}`)!.async('uint8array'));
      const strings = await book.file('xl/sharedStrings.xml')!.async('string');
      const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
      if (n === 2) {
        expect(strings).toContain('Urban planning');
        expect(sheet).toContain('<v>14</v>');
      }
      if (n === 4) expect(sheet).toContain('<v>184500</v>');
    }
  });

  it('describes each chart for screen readers and puts its data in the notes', async () => {
    const slide = await zip.file('ppt/slides/slide5.xml')!.async('string');
    expect(slide).toMatch(/descr="Pie chart: Joint projects by field"/);
    const notes = (await pptxSlides(bytes)).map((s) => s.notes).join('\n');
    expect(notes).toContain('Culture: 14 projects');
    expect(notes).toContain('2020: Valdoria to Lianhe 0.8, Lianhe to Valdoria 0.6 thousand visitors');
  });

  it('draws a chart in the colours its plan gives (a template can swap in its accents)', async () => {
    const doc = await chartsDemo('deck');
    const plan = planDeck(doc);
    const swapped = { ...plan, slides: plan.slides.map((s) => (s.charts ? { ...s, charts: s.charts.map((c) => ({ ...c, colours: ['2A6F97', 'E07A5F'] })) } : s)) };
    const parts = await writeDeck(swapped, doc.meta);
    const line = [...parts].map(([name, data]) => [name, xmlText(data)] as const).find(([name, xml]) => name.startsWith('ppt/charts/chart') && xml.includes('<c:lineChart>'))?.[1];
    expect(line).toContain('<a:srgbClr val="2A6F97"/>');
    expect(line).toContain('<a:srgbClr val="E07A5F"/>');
    expect(line).not.toContain(`<a:srgbClr val="${theme.colour.accent}"/>`);
  });

  it('gives equal bytes for an equal deck rendered again in the same process: charts numbered from 1, workbooks dated alike', async () => {
    const again = (await renderPptx(await chartsDemo('deck'), { sourceDateEpoch: 0 })).bytes;
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(again)).files).filter((n) => /^ppt\/(charts\/chart|embeddings\/)/.test(n));
    expect(names.sort()).toEqual([...[1, 2, 3, 4].map((n) => `ppt/charts/chart${n}.xml`), ...[1, 2, 3, 4].map((n) => `ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`)].sort());
  });

  it('replaces a chart colour that is not hex (a template’s, say) before pptxgenjs sees it, with a warning', async () => {
    const plan = planDeck(await chartsDemo('deck'));
    const bad = { ...plan, slides: plan.slides.map((s) => (s.charts ? { ...s, charts: s.charts.map((c) => ({ ...c, colours: ['accent1', ...c.colours.slice(1)] })) } : s)) };
    const { plan: checked, warnings } = pptxgenInput(bad);
    expect(checked.slides.flatMap((s) => s.charts ?? []).every((c) => c.colours[0] === theme.colour.ink)).toBe(true);
    expect(warnings.map((w) => w.message)).toContain(`the colour "accent1" of a chart series is not six hex digits; ${theme.colour.ink} is used`);
  });

  it.runIf(existsSync(CHECK))('passes check-pptx --schema-all (chart parts included) with every table row in its text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-charts-'));
    writeFileSync(path.join(dir, 'deck.pptx'), bytes);
    writeFileSync(path.join(dir, 'expected.txt'), [...(await tableRows()).map((r) => r.join(' ')), 'Culture: 14 projects'].join('\n'));
    const out = execFileSync(CHECK, [path.join(dir, 'deck.pptx'), '--text', path.join(dir, 'expected.txt'), '--schema-all', '--no-render'], { encoding: 'utf8' });
    expect(out).toMatch(/PASS\s+schema\s+\d+ parts valid/);
    expect(out).toMatch(/pptx: \d+ checks, 0 failed/);
  });
});
