import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/model/document.js';
import { buildPlan } from '../../../src/writers/pdf/build-plan.js';
import { cutRow, type FlowRow } from '../../../src/writers/pdf/flow.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import type { TextMark } from '../../../src/writers/pdf/plan.js';
import { type } from '../../../src/writers/pdf/typography.js';
import { brief, h2, para } from './briefs.js';
import { outOfBounds, planTexts, textByTag } from './plan-bounds.js';

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

const text = (value: string): Inline[] => [{ type: 'text', value }];
const words = (n: number) => Array.from({ length: n }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][i % 4]).join(' ');
const squash = (s: string) => s.replace(/\s+/g, '');
/** The text of a plan's content (not its running header and footer), in reading order. */
const contentText = (marks: ReturnType<typeof planTexts>) =>
  squash(
    marks
      .filter((t) => !t.furniture)
      .map((t) => t.mark.text)
      .join(''),
  );

const cover = (title: string, city = 'Milan'): Block => ({
  type: 'cover',
  title: text(title),
  subtitle: [text(`${city} — Italy`), text('Shanghai — China')],
  tagline: text('Partnership since 3 July 1979'),
});
const figures = (value: string, label: string): Block => ({
  type: 'key-figures',
  title: 'Key figures',
  figures: [
    { value, label: text(label) },
    { value: '600', label: text('books') },
    { value: '1st', label: text('country') },
  ],
});
const timeline = (label: string): Block => ({
  type: 'timeline',
  title: 'Timeline',
  alt: 'A timeline',
  events: [
    { date: '3 July 1979', when: '1979-07-03', label: text(label) },
    { date: '2004', when: '2004', label: text('25th anniversary') },
  ],
});
const facts = (value: string): Block => ({
  type: 'key-facts',
  title: 'Key facts',
  facts: [
    { label: 'Partners', value: text(value) },
    { label: 'Source', value: text('International Affairs Office') },
  ],
});

describe('text too long for its box in the brief', () => {
  it('keeps a 60-word key figure, 2,000-character labels and a 600-character heading without spaces on the page, whole', () => {
    const value = words(60);
    const label = 'L'.repeat(2000);
    const event = 'x'.repeat(2000);
    const heading = 'H'.repeat(600);
    const result = buildPlan(
      brief(
        [cover('T'.repeat(500)), h2(heading), para('Some text.'), h2('Key figures'), figures(value, label), h2('Timeline'), timeline(event)],
        `${'T'.repeat(500)} · Partnership brief`,
      ),
      'a4',
      measurer,
    );
    expect(outOfBounds(result.plan, measurer)).toEqual([]);
    const texts = textByTag(result.plan);
    for (const whole of ['T'.repeat(500), heading, squash(value), label, event]) expect(texts, whole.slice(0, 20)).toContain(whole);
  });

  it('cuts the running header short at two lines with an ellipsis, and says so', () => {
    const header = `${'T'.repeat(500)} · Partnership brief`;
    const result = buildPlan(brief([para(words(900))], header), 'a4', measurer);
    const furniture = planTexts(result.plan).filter((t) => t.furniture && t.page === 2);
    const lines = new Set(furniture.filter((t) => t.mark.y < 70).map((t) => t.mark.y));
    expect(lines.size).toBe(2);
    expect(
      furniture
        .filter((t) => t.mark.y < 70)
        .map((t) => t.mark.text)
        .join(''),
    ).toMatch(/^T+…$/);
    expect(result.warnings).toContainEqual({ code: 'pdf-text-truncated', message: expect.stringContaining('The running header "TTTT') });
    // One warning, however many pages repeat the header.
    expect(result.warnings.filter((w) => w.code === 'pdf-text-truncated')).toHaveLength(1);
    expect(outOfBounds(result.plan, measurer)).toEqual([]);
  });

  it('cuts a header of 200,000 characters, or of thousands of combining marks, at two lines with a warning', () => {
    for (const header of ['W'.repeat(200_000), `a${'\u0301'.repeat(3000)}`]) {
      const result = buildPlan(brief([para(words(900))], header), 'a4', measurer);
      const top = planTexts(result.plan).filter((t) => t.furniture && t.page === 2 && t.mark.y < 70);
      expect(new Set(top.map((t) => t.mark.y)).size).toBeLessThanOrEqual(2);
      expect(top.map((t) => t.mark.text).join('')).toMatch(/…$/);
      expect(result.warnings.map((w) => w.code)).toContain('pdf-text-truncated');
    }
  });

  it('shrinks a long cover title, then lets the cover continue on the next page when even that is too tall', () => {
    const long = buildPlan(brief([cover(words(40)), para('After.')]), 'a4', measurer);
    const title = planTexts(long.plan).filter((t) => t.mark.text.includes('alpha'));
    expect(Math.max(...title.map((t) => t.mark.size))).toBeLessThan(type.title.size);
    const huge = buildPlan(brief([cover(words(2500)), para('After.')]), 'a4', measurer);
    expect(huge.plan.pages.length).toBeGreaterThan(1);
    expect(outOfBounds(huge.plan, measurer)).toEqual([]);
    expect(contentText(planTexts(huge.plan))).toContain(squash(words(2500)));
    expect(huge.warnings.map((w) => w.code)).toContain('pdf-block-too-tall');
  });

  it('lets a key-facts panel with a city name longer than a page continue on the next page', () => {
    const city = 'Llanfairpwllgwyngyll'.repeat(400);
    const result = buildPlan(brief([para('Before.'), facts(city), para('After.')]), 'a4', measurer);
    expect(outOfBounds(result.plan, measurer)).toEqual([]);
    expect(contentText(planTexts(result.plan))).toContain(city);
    const panels = result.placements.flat().filter((p) => p.kind === 'key-facts');
    expect(panels.length).toBeGreaterThan(1);
  });

  it('starts a card row taller than a page below what is on the page, and keeps its heading with it', () => {
    const result = buildPlan(brief([para('Before.'), h2('Key figures'), figures(words(60), words(2000))]), 'a4', measurer);
    expect(outOfBounds(result.plan, measurer)).toEqual([]);
    const onFirst = result.placements[0]!.map((p) => p.kind);
    expect(onFirst).toEqual(['paragraph', 'heading', 'key-figures']);
  });
});

describe('cutting a row taller than a page', () => {
  const line = (y: number): TextMark => ({ kind: 'text', x: 0, y, text: `line ${y}`, face: 'latin', size: 10, colour: '#000000', width: 30 });
  const row: FlowRow = {
    height: 300,
    items: [
      {
        tag: 'artifact',
        marks: [
          { kind: 'rect', x: 0, y: 0, w: 100, h: 300, fill: '#eeeeee' },
          { kind: 'line', x1: 5, y1: 0, x2: 5, y2: 300, colour: '#000000', width: 1 },
        ],
      },
      { tag: 1, marks: Array.from({ length: 20 }, (_, i) => line(12 + i * 14)) },
    ],
  };

  it('gives each line to one part, whole, and starts the second part at the first line it holds', () => {
    const [head, rest] = cutRow(row, 100);
    expect(head.height).toBe(100);
    const headLines = head.items.flatMap((i) => i.marks).filter((m): m is TextMark => m.kind === 'text');
    const restLines = rest.items.flatMap((i) => i.marks).filter((m): m is TextMark => m.kind === 'text');
    expect(headLines.length + restLines.length).toBe(20);
    for (const m of headLines) expect(m.y + 3).toBeLessThanOrEqual(100);
    // The first line of the rest sits a line's ascent below its top, not above it.
    expect(Math.min(...restLines.map((m) => m.y))).toBeCloseTo(11.6, 5);
    expect(rest.height + 100).toBeGreaterThan(300);
  });

  it('cuts the background and the vertical rule, each part within its own height', () => {
    const [head, rest] = cutRow(row, 100);
    const rects = (r: FlowRow) => r.items.flatMap((i) => i.marks).filter((m) => m.kind === 'rect' || m.kind === 'line');
    expect(rects(head)).toEqual([expect.objectContaining({ kind: 'rect', y: 0, h: 100 }), expect.objectContaining({ kind: 'line', y1: 0, y2: 100 })]);
    for (const m of rects(rest)) {
      if (m.kind === 'rect') expect(m.y + m.h).toBeCloseTo(rest.height, 5);
      if (m.kind === 'line') expect(m.y2).toBeCloseTo(rest.height, 5);
    }
  });
});
