import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DeckDocument } from '../../../src/model/document.js';
import { parseCaseStudy } from '../../../src/index.js';
import { withImage } from '../../../src/load/load-case-study.js';
import { documentFor, localizedStudy, settingsFrom } from '../../../src/pipeline.js';
import { FIGURE_AREA, SLIDE } from '../../../src/writers/pptx/deck-geometry.js';
import { fitParagraph } from '../../../src/writers/pptx/fit-text.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { textHeight, type PlannedSlide, type SlidePlan } from '../../../src/writers/pptx/slide-plan.js';
import { runsText } from '../../../src/writers/pptx/text-runs.js';
import { SAMPLE, sampleText } from '../../helpers/case-study.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][i % 4]).join(' ');

/** The sample case study changed by `edit`, planned as a deck. */
// biome-ignore lint/suspicious/noExplicitAny: the sample's YAML, edited freely by each test
type Yaml = Record<string, any>;
async function planWith(edit: (doc: Yaml) => void): Promise<SlidePlan> {
  const doc = parse(sampleText()) as Yaml;
  edit(doc);
  const settings = await settingsFrom({ formats: ['pptx'], asOf: '2026-11-29' });
  const { data, images } = localizedStudy(await withImage(parseCaseStudy(stringify(doc, { lineWidth: 0 }), { file: SAMPLE })), 'en');
  return planDeck(documentFor('deck', data, settings, images) as DeckDocument);
}

/** Every text box lies on the slide and holds its lines. */
function expectEverythingOnTheSlides(plan: SlidePlan): void {
  for (const [n, slide] of plan.slides.entries()) {
    for (const box of [slide.title, ...slide.boxes, ...(plan.footer ? [plan.footer] : [])]) {
      const where = `${box.role} of slide ${n + 1}`;
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w, where).toBeLessThanOrEqual(SLIDE.w + 1e-9);
      expect(box.y + box.h, where).toBeLessThanOrEqual(SLIDE.h + 1e-9);
      expect(textHeight(box), where).toBeLessThanOrEqual(box.h * 72 + 0.01);
    }
  }
}

const shown = (slide: PlannedSlide) => [slide.title, ...slide.boxes].flatMap((b) => b.paragraphs.map((p) => runsText(p.runs)));

describe('text too long for its box in the deck', () => {
  it('cuts a 600-character heading without spaces short in the title, warns, and gives it whole to the notes of each slide', async () => {
    const heading = 'H'.repeat(600);
    const plan = await planWith((d) => {
      d.sections[1].heading = heading;
    });
    expectEverythingOnTheSlides(plan);
    const slides = plan.slides.filter((s) => shown(s).some((t) => t.startsWith('HHHH')));
    expect(slides.length).toBeGreaterThan(0);
    for (const s of slides) {
      expect(runsText(s.title.paragraphs[0]!.runs)).toMatch(/^H+…$/);
      expect(s.notes[0]).toBe(heading);
    }
    expect(plan.warnings).toContainEqual({ code: 'W_PPTX_TEXT_CUT', message: expect.stringMatching(/^the title of the slide "H{60}…" is too long/) });
  });

  it('keeps a 60-word key figure and a 2,000-character label on their card, cut short, and whole in the notes', async () => {
    const value = words(60);
    const label = 'L'.repeat(2000);
    const plan = await planWith((d) => {
      d.key_figures[0].value = value;
      d.key_figures[1].label = label;
    });
    expectEverythingOnTheSlides(plan);
    const slide = plan.slides.find((s) => s.layout === 'key-figures')!;
    const boxes = slide.boxes.map((b) => runsText(b.paragraphs[0]!.runs));
    expect(boxes[0]).toMatch(/…$/);
    expect(boxes[3]).toMatch(/^L+…$/);
    expect(slide.notes).toEqual(expect.arrayContaining([expect.stringContaining(value), expect.stringContaining(label)]));
    const cut = plan.warnings.filter((w) => w.code === 'W_PPTX_TEXT_CUT').map((w) => w.message);
    expect(cut).toEqual([expect.stringMatching(/^the key figure "alpha beta/), expect.stringMatching(/^the label of the key figure "600"/)]);
  });

  it('gives a 2,000-character timeline event a slide of its own, cut short there, and leaves the other events grouped', async () => {
    const event = 'x'.repeat(2000);
    const plan = await planWith((d) => {
      d.timeline[2].event = event;
    });
    expectEverythingOnTheSlides(plan);
    const timeline = plan.slides.filter((s) => s.layout === 'timeline');
    const alone = timeline.find((s) => shown(s).some((t) => t.startsWith('xxx')))!;
    expect(alone.boxes.filter((b) => b.role === 'event-label')).toHaveLength(1);
    expect(alone.notes.some((n) => n.includes(event))).toBe(true);
    expect(timeline.length).toBeLessThan(6);
    expect(plan.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^the timeline event of December 2008 is too long/));
  });

  it('cuts a very long source short in the footer with a warning', async () => {
    const plan = await planWith((d) => {
      d.source = 'S'.repeat(900);
    });
    expectEverythingOnTheSlides(plan);
    expect(runsText(plan.footer!.paragraphs[0]!.runs)).toMatch(/^S+…$/);
    expect(plan.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^the footer "S{60}…" is too long for the footer line/));
  });

  it('puts a 500-character title without spaces and a long city name on their slides, whole or in the notes', async () => {
    const title = 'T'.repeat(500);
    const city = 'Llanfairpwllgwyngyll'.repeat(20);
    const plan = await planWith((d) => {
      d.title = title;
      d.cities[0].name = city;
    });
    expectEverythingOnTheSlides(plan);
    for (const text of [title, city]) {
      const everywhere = plan.slides.flatMap((s) => [...shown(s), ...s.notes]).join('\n');
      expect(everywhere.replace(/\s+/g, '')).toContain(text);
    }
  });
});

describe('fitting one paragraph', () => {
  const run = (text: string) => [{ text, lang: 'en' }];
  const box = { x: 0, y: 0, w: 3, h: 1 };

  it('shrinks to one line, then wraps, then cuts short with an ellipsis only below the floor', () => {
    const short = fitParagraph(run('Short'), box, { max: 40, min: 20, floor: 10 });
    expect(short.fontSize).toBe(40);
    expect(short.truncated).toBeUndefined();
    const wrapped = fitParagraph(run(words(12)), box, { max: 40, min: 20, floor: 10 });
    expect(wrapped.truncated).toBeUndefined();
    expect(wrapped.paragraphs[0]!.lines).toBeGreaterThan(1);
    const cut = fitParagraph(run(words(400)), box, { max: 40, min: 20, floor: 10 });
    expect(cut).toMatchObject({ fontSize: 10, truncated: true, fits: true });
    expect(runsText(cut.paragraphs[0]!.runs)).toMatch(/^alpha beta .*[a-z]…$/);
    expect(cut.paragraphs[0]!.lines * cut.lineHeight).toBeLessThanOrEqual(72);
  });

  it('picks the size that trying every size in turn picks: one line down to the minimum, then wrapped', () => {
    for (let n = 1; n < 60; n += 3) {
      const fitted = fitParagraph(run(words(n)), FIGURE_AREA, { max: 48, min: 28, floor: 14 });
      let expected = 14;
      for (let size = 48; size >= 14; size--) {
        const one = fitParagraph(run(words(n)), FIGURE_AREA, { max: size, min: size, floor: size });
        if (!one.truncated && (size > 28 ? one.paragraphs[0]!.lines === 1 : true)) {
          expected = size;
          break;
        }
      }
      expect(fitted.fontSize, `${n} words`).toBe(expected);
    }
  });
});
