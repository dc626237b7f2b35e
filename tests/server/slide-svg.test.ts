import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { DeckDocument } from '../../src/model/document.js';
import { parseCaseStudy } from '../../src/index.js';
import { withImage } from '../../src/load/load-case-study.js';
import { documentFor, localizedStudy, settingsFrom } from '../../src/pipeline.js';
import { planSvgs, slideSvg } from '../../src/server/slide-svg.js';
import { planDeck } from '../../src/writers/pptx/plan-deck.js';
import { SAMPLE, sampleText, sampleWith } from '../helpers/case-study.js';

async function planOf(text: string) {
  const settings = await settingsFrom({ formats: ['pptx'], asOf: '2029-07-03' });
  const { data, images } = localizedStudy(await withImage(parseCaseStudy(text, { file: SAMPLE })), 'en');
  return planDeck(documentFor('deck', data, settings, images) as DeckDocument);
}

/** The text of an SVG document, as a reader of it sees it. */
function textOf(svg: string): string {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return (doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('slide thumbnails drawn from the slide plan', () => {
  it('gives one well-formed SVG per planned slide, 960 × 540 points, with the text the plan holds', async () => {
    const plan = await planOf(sampleText());
    const svgs = planSvgs(plan);
    expect(svgs).toHaveLength(plan.slides.length);
    plan.slides.forEach((slide, i) => {
      const svg = svgs[i]!;
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 959\.98 540"/);
      const text = textOf(svg);
      for (const box of [slide.title, ...slide.boxes]) {
        for (const p of box.paragraphs)
          expect(text).toContain(
            p.runs
              .map((r) => r.text)
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          );
      }
    });
    expect(svgs[0]).toContain('aria-label="Slide 1: Milan (Italy) and Shanghai"');
  });

  it('escapes text, so markup in a case study is shown as text', async () => {
    const plan = await planOf(sampleWith('title: Milan (Italy) and Shanghai', 'title: "Milan <b>&amp; Shanghai</b> \\"x\\""'));
    const svg = slideSvg(plan.slides[0]!, 1, plan);
    expect(svg).toContain('Milan &lt;b&gt;&amp;amp; Shanghai&lt;/b&gt; &quot;x&quot;');
    expect(textOf(svg)).toContain('Milan <b>&amp; Shanghai</b> "x"');
  });
});

describe('slide thumbnails of charts and tables', () => {
  it('draws each chart from its plan: its bars or slices in its colours, its categories, values and alt text', async () => {
    const { planDeck: plan } = await import('../../src/writers/pptx/plan-deck.js');
    const { chartsDemo } = await import('../writers/charts-demo.js');
    const deck = plan(await chartsDemo('deck'));
    const svgs = planSvgs(deck);
    const charts = deck.slides.flatMap((slide, i) => (slide.charts ?? []).map((chart) => ({ chart, svg: svgs[i]! })));
    expect(charts.map((c) => c.chart.kind)).toEqual(['column', 'pie', 'line', 'bar']);
    for (const { chart, svg } of charts) {
      const text = textOf(svg);
      expect(text).toContain(chart.alt);
      for (const name of chart.kind === 'pie' ? chart.categories : chart.categories.slice(0, 1)) expect(text).toContain(name);
      expect(svg).toContain(`#${chart.colours[0]}`);
      if (chart.kind === 'column' || chart.kind === 'bar') {
        // One bar a value, each a rect of the series' colour.
        expect(svg.match(new RegExp(`<rect class="bar" [^>]*fill="#${chart.colours[0]}"/>`, 'g'))!.length).toBe(chart.series[0]!.values.length);
      }
      if (chart.kind === 'pie') expect(svg.match(/<path d="M[^"]*A/g)!.length).toBe(chart.series[0]!.values.filter((v) => v > 0).length);
      if (chart.kind === 'line') expect(svg.match(/<polyline /g)!.length).toBe(chart.series.length);
    }
  });

  it('draws every cell of every table slide, its header row first', async () => {
    const { planDeck: plan } = await import('../../src/writers/pptx/plan-deck.js');
    const { chartsDemo } = await import('../writers/charts-demo.js');
    const deck = plan(await chartsDemo('deck'));
    const svgs = planSvgs(deck);
    const tables = deck.slides.flatMap((slide, i) => (slide.tables ?? []).map((table) => ({ table, svg: svgs[i]! })));
    expect(tables.length).toBeGreaterThan(1);
    for (const { table, svg } of tables) {
      const text = textOf(svg);
      const cells = table.rows.flatMap((row) => row.map((cell) => cell.runs.map((r) => r.text).join('')));
      for (const cell of cells) expect(text).toContain(cell);
      expect(text.indexOf(cells[0]!)).toBeLessThan(text.indexOf(cells[table.rows[0]!.length]!));
    }
  });
});
