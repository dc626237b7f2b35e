import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { buildPlan, type PlanResult } from '../../../src/writers/pdf/build-plan.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import { pageGeometry } from '../../../src/writers/pdf/page-geometry.js';
import { brief, h2, para } from './briefs.js';

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

const WORDS = 'the partnership between Milan and Shanghai began with a declaration of intent signed after summit meeting cities'.split(' ');
const words = (n: number, seed: number) => `${Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ')}.`;
const text = (value: string) => [{ type: 'text' as const, value }];

const keyFacts = (n: number): Block => ({
  type: 'key-facts',
  title: 'Key facts',
  facts: Array.from({ length: n }, (_, i) => ({ label: `Fact ${i}`, value: text(words(6 + i, i)) })),
});
const timeline = (n: number): Block => ({
  type: 'timeline',
  title: 'Timeline',
  alt: 'A timeline.',
  events: Array.from({ length: n }, (_, i) => ({ date: String(1979 + i), when: String(1979 + i), label: text(words(10 + (i % 4) * 9, i)) })),
});

/** Every pagination rule, checked on a plan. */
function expectPaginationRules(result: PlanResult, blockCount: number): void {
  const bottom = pageGeometry('a4').height - pageGeometry('a4').margin.bottom;
  const seen = new Map<number, Array<[number, number]>>();
  result.placements.forEach((page, p) => {
    const last = page[page.length - 1];
    if (last && last.block < blockCount - 1) expect(last.kind, `page ${p + 1} ends with a heading`).not.toBe('heading');
    for (const place of page) {
      expect(place.bottom).toBeLessThanOrEqual(bottom + 0.01);
      if (place.to - place.from < place.of) {
        if (place.kind === 'paragraph' || place.kind === 'list') expect(place.to - place.from, 'lines on one side of a break').toBeGreaterThanOrEqual(2);
        expect(['key-facts', 'cover', 'heading']).not.toContain(place.kind);
      }
      seen.set(place.block, [...(seen.get(place.block) ?? []), [place.from, place.to]]);
    }
  });
  // Each block's rows are placed once, in order, without gaps.
  for (let b = 0; b < blockCount; b++) {
    const parts = seen.get(b) ?? [];
    expect(parts[0]?.[0]).toBe(0);
    for (let i = 1; i < parts.length; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
  }
}

describe('pagination of the layout plan', () => {
  it('splits a long paragraph over pages with at least two lines on each side of every break', () => {
    // Lengths step by about a line, so some would leave a single line without the rule.
    for (let n = 2400; n < 2560; n += 11) {
      const result = buildPlan(brief([h2('A long section'), para(words(n, 1)), para(words(60, 2))]), 'a4', measurer);
      const parts = result.placements.flat().filter((p) => p.block === 1);
      expect(parts.length).toBeGreaterThanOrEqual(3);
      for (const part of parts) expect(part.to - part.from, `${n} words`).toBeGreaterThanOrEqual(2);
      expectPaginationRules(result, 3);
    }
  });

  it('moves a heading to the next page rather than leaving it last on a page', () => {
    // Fill the first page almost to the bottom, then a heading and a paragraph.
    for (let n = 300; n < 700; n += 23) {
      const result = buildPlan(brief([para(words(n, 3)), h2('Heading'), para(words(80, 4))]), 'a4', measurer);
      const headingPage = result.placements.findIndex((page) => page.some((p) => p.block === 1));
      const nextStart = result.placements.findIndex((page) => page.some((p) => p.block === 2));
      expect(headingPage, `with ${n} words`).toBe(nextStart);
      expectPaginationRules(result, 3);
    }
  });

  it('keeps the key-facts panel and each timeline entry whole', () => {
    const blocks = [para(words(520, 5)), keyFacts(9), h2('Timeline'), timeline(14)];
    const result = buildPlan(brief(blocks), 'a4', measurer);
    const panel = result.placements.flat().filter((p) => p.kind === 'key-facts');
    expect(panel).toHaveLength(1);
    expect(panel[0]).toMatchObject({ from: 0, to: 1, of: 1 });
    expectPaginationRules(result, 4);
  });

  it('holds to every rule for generated documents', () => {
    const block = fc.oneof(
      fc.nat(40).map((n) => h2(words(2 + (n % 12), n))),
      fc.tuple(fc.integer({ min: 1, max: 700 }), fc.nat(9)).map(([n, s]) => para(words(n, s))),
      fc.integer({ min: 2, max: 12 }).map(keyFacts),
      fc.integer({ min: 1, max: 16 }).map(timeline),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 14 }), (blocks) => {
        const result = buildPlan(brief(blocks), 'a4', measurer);
        // A layouter may emit extra flow blocks (captions), so count what pagination saw.
        const count = Math.max(...result.placements.flat().map((p) => p.block)) + 1;
        expectPaginationRules(result, count);
      }),
      { numRuns: 40 },
    );
  });
});
