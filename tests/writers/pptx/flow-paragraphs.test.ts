import { describe, expect, it } from 'vitest';
import { BODY_BOX, PT } from '../../../src/writers/pptx/deck-geometry.js';
import { flowParagraphs } from '../../../src/writers/pptx/flow-paragraphs.js';
import { textHeight } from '../../../src/writers/pptx/slide-plan.js';
import { runsText, sliceRuns } from '../../../src/writers/pptx/text-runs.js';
import type { PlanRun } from '../../../src/writers/pptx/slide-plan.js';

const WORDS = ['partnership', 'between', 'cities', 'and', 'their', 'people', 'with', 'exchanges', 'of', 'culture'];
const sentence = (n: number): string => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');
const run = (text: string, extra: Partial<PlanRun> = {}): PlanRun => ({ text, lang: 'en', ...extra });

describe('flowing paragraphs into slide bodies', () => {
  it('flows a sentence of 20,000 words with no full stop into boxes that each fit, whole and in order', () => {
    const text = sentence(20_000);
    const flow = flowParagraphs([{ runs: [run(text)], bullet: true, indent: true }], BODY_BOX, { max: 28, min: 18 });
    expect(flow.pages.length).toBeGreaterThan(50);
    for (const page of flow.pages) {
      expect(page).toHaveLength(1);
      expect(textHeight({ paragraphs: page, lineHeight: flow.lineHeight, paraSpace: flow.paraSpace })).toBeLessThanOrEqual(BODY_BOX.h * PT);
    }
    const pieces = flow.pages.map((p) => runsText(p[0]!.runs));
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text);
    // Only the first piece carries the bullet; the rest stay indented under it.
    expect(flow.pages.map((p) => p[0]!.bullet)).toEqual(flow.pages.map((_, i) => i === 0));
    expect(flow.pages.every((p) => p[0]!.indent)).toBe(true);
  });

  it('keeps each run’s style across a split', () => {
    const runs = [run(sentence(800)), run(sentence(800), { bold: true }), run(sentence(800), { url: 'https://example.org' })];
    const flow = flowParagraphs([{ runs, bullet: false, indent: false }], BODY_BOX, { max: 18, min: 18 });
    const all = flow.pages.flatMap((p) => p[0]!.runs);
    expect(
      all
        .filter((r) => r.bold)
        .map((r) => r.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(sentence(800));
    expect(
      all
        .filter((r) => r.url)
        .map((r) => r.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(sentence(800));
  });

  it('moves whole paragraphs and picks the largest size that needs no more boxes', () => {
    const drafts = Array.from({ length: 6 }, (_, i) => ({ runs: [run(`${i}: ${sentence(40)}`)], bullet: true, indent: true }));
    const flow = flowParagraphs(drafts, BODY_BOX, { max: 28, min: 18 });
    const atMin = flowParagraphs(drafts, BODY_BOX, { max: 18, min: 18 });
    expect(flow.pages.length).toBe(atMin.pages.length);
    expect(flow.fontSize).toBeGreaterThan(18);
    expect(flow.pages.flat().map((p) => runsText(p.runs))).toEqual(drafts.map((d) => runsText(d.runs)));
  });
});

describe('slicing runs', () => {
  it('cuts inside and across runs, keeping styles', () => {
    const runs = [run('abc'), run('def', { bold: true }), run('ghi')];
    expect(sliceRuns(runs, 1, 5)).toEqual([run('bc'), run('de', { bold: true })]);
    expect(sliceRuns(runs, 3, 6)).toEqual([run('def', { bold: true })]);
    expect(sliceRuns(runs, 7, Infinity)).toEqual([run('hi')]);
    expect(sliceRuns(runs, 0, 0)).toEqual([]);
  });
});
