import { beforeAll, describe, expect, it } from 'vitest';
import type { DeckDocument } from '../../../src/model/document.js';
import { theme } from '../../../src/theme.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { prepareDeckMaps } from '../../../src/writers/pptx/plan-map.js';
import { textHeight, type PlannedSlide, type SlidePlan } from '../../../src/writers/pptx/slide-plan.js';
import { runsText } from '../../../src/writers/pptx/text-runs.js';
import { CHINESE_PARAGRAPH, longCaseStudyDeck, longParagraphs, milanShanghaiDeck } from './long-case-study.js';

const bodyText = (s: PlannedSlide): string =>
  s.boxes
    .filter((b) => b.role === 'body')
    .flatMap((b) => b.paragraphs.map((p) => runsText(p.runs)))
    .join(' ');
const titleText = (s: PlannedSlide): string => runsText(s.title.paragraphs[0]!.runs);
const squash = (s: string): string => s.replace(/\s+/g, '');

function expectEveryBoxFits(plan: SlidePlan): void {
  for (const slide of plan.slides) {
    for (const box of [slide.title, ...slide.boxes]) expect(textHeight(box), `${box.role} on "${titleText(slide)}"`).toBeLessThanOrEqual(box.h * 72 + 0.01);
  }
}

describe('the slide plan of Milan–Shanghai', () => {
  let doc: DeckDocument;
  let plan: SlidePlan;
  beforeAll(async () => {
    doc = await milanShanghaiDeck();
    await prepareDeckMaps(doc);
    plan = planDeck(doc);
  });

  it('has title, key figures, one slide per section, timeline and closing', () => {
    expect(plan.slides.map((s) => s.layout)).toEqual(['title', 'key-figures', 'two-column', 'content', 'content', 'content', 'content', 'timeline', 'closing']);
    expect(plan.warnings).toEqual([]);
  });

  it('sets every body at 18 pt or more and fits every box', () => {
    const bodies = plan.slides.flatMap((s) => s.boxes.filter((b) => b.role === 'body'));
    expect(bodies.length).toBe(5);
    for (const b of bodies) expect(b.fontSize).toBeGreaterThanOrEqual(theme.size.deck.bodyMin);
    expectEveryBoxFits(plan);
  });

  it('shrinks the long obstacles title, then wraps it inside its box', () => {
    const slide = plan.slides.find((s) => titleText(s).startsWith('Key obstacles'))!;
    expect(slide.title.fontSize).toBe(theme.size.deckFit.slideTitleMin);
    expect(slide.title.paragraphs[0]!.lines).toBe(2);
    const short = plan.slides.find((s) => titleText(s) === 'Key achievements within the partnership')!;
    expect(short.title.fontSize).toBe(theme.size.deck.slideTitle);
    expect(short.title.paragraphs[0]!.lines).toBe(1);
  });

  it('puts every sentence of a section on its slide and every paragraph in its notes', () => {
    const content = plan.slides.filter((s) => s.layout === 'content');
    doc.slides
      .filter((s) => s.layout === 'content')
      .forEach((source, i) => {
        expect(content[i]!.notes).toEqual(source.notes);
        expect(squash(bodyText(content[i]!))).toBe(squash(source.notes.join(' ')));
      });
  });

  it('draws key figures and the timeline as shapes with text boxes', () => {
    const figures = plan.slides.find((s) => s.layout === 'key-figures')!;
    expect(figures.boxes.filter((b) => b.role === 'figure-value').map((b) => runsText(b.paragraphs[0]!.runs))).toEqual(['1979', '600', '1st']);
    expect(figures.shapes.length).toBe(6);
    const timeline = plan.slides.find((s) => s.layout === 'timeline')!;
    expect(timeline.boxes.filter((b) => b.role === 'event-date')).toHaveLength(6);
    expect(timeline.shapes.filter((s) => s.kind === 'ellipse')).toHaveLength(6);
  });

  it('leaves the document as it found it', () => {
    const before = JSON.stringify(doc);
    planDeck(Object.freeze(doc));
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('the slide plan of a case study with a 3,000-word section', () => {
  let plan: SlidePlan;
  let group: PlannedSlide[];
  beforeAll(async () => {
    const doc = await longCaseStudyDeck();
    await prepareDeckMaps(doc);
    plan = planDeck(doc);
    group = plan.slides.filter((s) => s.from === 2);
  });

  it('continues the section on slides titled "(cont.)", at one body size of at least 18 pt', () => {
    expect(group.length).toBeGreaterThan(10);
    expect(group.length).toBeLessThan(30);
    expect(titleText(group[0]!)).not.toContain('(cont.)');
    for (const s of group.slice(1)) expect(titleText(s)).toMatch(/ \(cont\.\)$/);
    const sizes = new Set(group.flatMap((s) => s.boxes.filter((b) => b.role === 'body').map((b) => b.fontSize)));
    expect(sizes.size).toBe(1);
    expect([...sizes][0]).toBeGreaterThanOrEqual(theme.size.deck.bodyMin);
    expect(new Set(group.map((s) => s.title.fontSize)).size).toBe(1);
    expectEveryBoxFits(plan);
  });

  it('shows the whole section, in order, across the run of slides', () => {
    expect(squash(group.map(bodyText).join(''))).toBe(squash(longParagraphs().join('')));
  });

  it('keeps the last slide of the run from being nearly empty', () => {
    // The first slide shares its width with the key facts; the full-width ones are compared.
    const lines = group.filter((s) => s.layout === 'content').map((s) => s.boxes.reduce((n, b) => n + b.paragraphs.reduce((m, p) => m + p.lines, 0), 0));
    expect(Math.min(...lines)).toBeGreaterThanOrEqual(Math.max(...lines) / 2);
  });

  it('gives every paragraph to the notes of exactly one slide of its section, in order', () => {
    expect(group.flatMap((s) => s.notes)).toEqual(longParagraphs());
    expect(group[1]!.notes.length).toBeGreaterThan(0);
  });

  it('marks Chinese runs zh-CN and Latin runs with the document language', () => {
    const chinese = plan.slides.find((s) => titleText(s) === '合作领域')!;
    const runs = chinese.boxes.flatMap((b) => b.paragraphs.flatMap((p) => p.runs));
    expect(runs.filter((r) => r.eastAsian).every((r) => r.lang === 'zh-CN')).toBe(true);
    expect(squash(runs.map((r) => r.text).join(''))).toBe(squash(CHINESE_PARAGRAPH));
    const latin = plan.slides[2]!.boxes[0]!.paragraphs[0]!.runs;
    expect(latin.every((r) => r.lang === 'en' && !r.eastAsian)).toBe(true);
  });
});
