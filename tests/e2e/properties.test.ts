import fc from 'fast-check';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseStudyError, parseCaseStudy, renderCaseStudy, validateCaseStudy, type RenderCaseStudyOptions, type RenderedFile, type Warning } from '../../src/index.js';
import { withImage } from '../../src/load/load-case-study.js';
import { inlineText, type BriefDocument, type DeckDocument } from '../../src/model/document.js';
import { documentFor, localizedStudy, settingsFrom } from '../../src/pipeline.js';
import { buildPlan } from '../../src/writers/pdf/build-plan.js';
import { blockStrings, documentStrings } from '../../src/writers/pdf/document-text.js';
import { fontMeasurer, type Measurer } from '../../src/writers/pdf/measure.js';
import { SLIDE } from '../../src/writers/pptx/deck-geometry.js';
import { hasGlyph } from '../../src/writers/pptx/measure-text.js';
import { planDeck } from '../../src/writers/pptx/plan-deck.js';
import { textHeight, type SlidePlan } from '../../src/writers/pptx/slide-plan.js';
import { runsText } from '../../src/writers/pptx/text-runs.js';
import { outOfBounds } from '../writers/pdf/plan-bounds.js';

/**
 * Random case studies, every field random in content and length, through validation and both
 * writers: each either renders or is refused with a CaseStudyError; nothing lies outside its page
 * or slide; every text cut short and every character no font has is named in a warning.
 */

const ELLIPSIS = '…';
/** Code points no document may hold (the loader refuses them): controls, surrogates, U+FFFE/FFFF. */
const refused = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;
const between = (from: number, to: number) =>
  fc
    .integer({ min: from, max: to })
    .filter((cp) => !refused(cp) && cp !== 0x2026)
    .map((cp) => String.fromCodePoint(cp));

/** One character: mostly letters of the scripts a case study holds, and something of every plane. */
const char = fc.oneof(
  { weight: 30, arbitrary: between(0x21, 0x7e) },
  { weight: 6, arbitrary: between(0xa0, 0x24f) },
  { weight: 4, arbitrary: between(0x250, 0x2fff) },
  { weight: 5, arbitrary: between(0x4e00, 0x9fff) },
  { weight: 2, arbitrary: between(0x3000, 0xffff) },
  { weight: 2, arbitrary: between(0x10000, 0x1ffff) },
  { weight: 1, arbitrary: between(0x20000, 0x3ffff) },
  { weight: 1, arbitrary: between(0xe0000, 0xe01ef) },
  { weight: 1, arbitrary: between(0xf0000, 0x10fffd) },
  // Format characters, joiners, marks, right-to-left letters, a flag with tag characters, odd spaces.
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u0600',
      '\u061C',
      '\u06DD',
      '\u180E',
      '\uFFF9',
      '\uFFFA',
      '\uFFFB',
      '\u200B',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u0301',
      '\u05D0',
      '\u0627',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      '\u{1F469}\u200D\u{1F4BB}',
      '\u00A0',
      '\u2009',
      '\u3000',
      '\u2028',
      '\t',
      '\n',
      ':',
      '#',
      '"',
      '&',
      '<',
      '{{',
    ),
  },
);
const word = (max: number) => fc.array(char, { minLength: 1, maxLength: max }).map((cs) => cs.join(''));
/** A text of random length: a few words, a paragraph, a long one, or one word thousands of characters long. */
const text = fc.oneof(
  { weight: 400, arbitrary: fc.array(word(12), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')) },
  { weight: 120, arbitrary: fc.array(word(12), { minLength: 8, maxLength: 120 }).map((ws) => ws.join(' ')) },
  { weight: 40, arbitrary: fc.array(word(14), { minLength: 200, maxLength: 700 }).map((ws) => ws.join(' ')) },
  { weight: 40, arbitrary: fc.array(char, { minLength: 300, maxLength: 2500 }).map((cs) => cs.join('')) },
  { weight: 20, arbitrary: char },
  // Text with nothing to show, which the loader refuses: rare, or hardly a case study would render.
  { weight: 1, arbitrary: fc.constantFrom(' ', '\u3000', '\u200B') },
);
const localized = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: text.map((en) => ({ en })) });
const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const when = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);

const city = fc.record({ name: text, country: localized, names: fc.record({ zh: text, it: text }, { requiredKeys: [] }) }, { requiredKeys: ['name'] });
const section = fc.record(
  {
    kind: fc.constantFrom('character', 'activities', 'achievements', 'future', 'obstacles', 'other'),
    heading: localized,
    paragraphs: fc.array(localized, { minLength: 1, maxLength: 4 }),
    highlights: fc.array(text, { minLength: 1, maxLength: 5 }),
  },
  { requiredKeys: ['kind', 'heading', 'paragraphs'] },
);
const event = fc.tuple(when, fc.boolean(), localized, fc.boolean()).map(([date, spans, e, proposed]) => ({
  date,
  ...(spans ? { end: date } : {}),
  event: e,
  ...(proposed ? { proposed: true } : {}),
}));
const figure = fc.record({ value: fc.oneof(text, fc.integer({ min: 0, max: 10 ** 9 })), label: localized });
const link = fc.record({ label: localized, url: fc.webUrl() });

const caseStudy = fc
  .record(
    {
      title: localized,
      cities: fc.tuple(city, city),
      partnership: fc.record({ start: day, instrument: localized }, { requiredKeys: [] }),
      source: text,
      collection: text,
      written: fc.integer({ min: 1900, max: 2100 }),
      sections: fc.array(section, { minLength: 1, maxLength: 5 }),
      timeline: fc.array(event, { minLength: 1, maxLength: 9 }),
      key_figures: fc.array(figure, { minLength: 1, maxLength: 6 }),
      links: fc.array(link, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['title', 'cities', 'sections'] },
  )
  .map((fields) => ({ id: 'random-case', language: 'en', ...fields }));

const options = fc.record({ event: fc.constantFrom(undefined, 'anniversary' as const), paper: fc.constantFrom('a4' as const, 'letter' as const) });

/** Characters that need no glyph: spaces, controls and default-ignorable characters. */
const NO_GLYPH = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
/** Code points a set of warnings of `code` names. */
const named = (warnings: readonly Warning[], code: string) =>
  new Set(warnings.filter((w) => w.code === code).flatMap((w) => [...w.message.matchAll(/U\+([0-9A-F]{4,6})/g)].map((m) => parseInt(m[1]!, 16))));

function undrawable(strings: readonly string[], drawable: (cp: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (const s of strings) for (const ch of s) if (!NO_GLYPH.test(ch) && !drawable(ch.codePointAt(0)!)) out.add(ch.codePointAt(0)!);
  return out;
}

/** Every string of a deck document: titles, subtitles, bodies, notes and the footer. */
function deckStrings(doc: DeckDocument): string[] {
  return [doc.footer, ...doc.slides.flatMap((s) => [inlineText(s.title), inlineText(s.subtitle), ...[...s.body, ...s.aside].flatMap(blockStrings), ...s.notes])];
}

/** Text a PDF shows, with where each piece is, as pdf.js reads it. */
async function pdfTextItems(bytes: Uint8Array): Promise<{ page: number; str: string; x: number; y: number; w: number; h: number; width: number; height: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const out = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      out.push({ page: n, str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, w: item.width, h: item.height, width, height });
    }
  }
  await doc.destroy();
  return out;
}

/** Every shape and picture of every slide lies on the slide (positions from the slide XML). */
async function deckXmlOutside(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(await zip.file('ppt/presentation.xml')!.async('string'))!;
  const [cx, cy] = [Number(size[1]), Number(size[2])];
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)) {
      const [x, y, w, h] = m.slice(1, 5).map(Number) as [number, number, number, number];
      if (x < 0 || y < 0 || x + w > cx + 1 || y + h > cy + 1) out.push(`${name}: a shape at ${x},${y} of ${w}×${h} EMU`);
    }
  }
  return out;
}

/** Every text box of a deck plan is on the slide and holds its lines; a box cut short is warned of, its text whole in the notes. */
function deckPlanProblems(plan: SlidePlan): string[] {
  const out: string[] = [];
  const cutWarned = plan.warnings.some((w) => w.code === 'W_PPTX_TEXT_CUT');
  plan.slides.forEach((slide, n) => {
    for (const box of [slide.title, ...slide.boxes, ...(plan.footer ? [plan.footer] : [])]) {
      const where = `the ${box.role} of slide ${n + 1}`;
      if (box.x < 0 || box.y < 0 || box.x + box.w > SLIDE.w + 1e-6 || box.y + box.h > SLIDE.h + 1e-6) out.push(`${where} is off the slide`);
      if (textHeight(box) > box.h * 72 + 0.01) out.push(`${where} holds more lines than fit`);
      const shown = box.paragraphs.map((p) => runsText(p.runs)).join('\n');
      if (shown.endsWith(ELLIPSIS)) {
        if (!cutWarned) out.push(`${where} is cut short without a warning`);
        const kept = shown.slice(0, -1).trim().slice(0, 40);
        if (box !== plan.footer && !slide.notes.some((note) => note.includes(kept))) out.push(`${where} is cut short and its notes lack it`);
      }
    }
  });
  return out;
}

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

describe('random case studies', () => {
  it('render, or are refused with a CaseStudyError; nothing lies off the page or slide; every cut and missing glyph is named', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(caseStudy, options, async (data, opts) => {
        const render: RenderCaseStudyOptions = {
          formats: ['pdf', 'pptx'],
          asOf: '2026-11-29',
          sourceDateEpoch: 0,
          ...(opts.event ? { event: opts.event } : {}),
          paper: opts.paper,
        };
        let files: RenderedFile[], warnings: Warning[];
        try {
          const study = parseCaseStudy(stringify(data, { lineWidth: 0 }), { file: 'random.yaml' });
          await validateCaseStudy(study, render);
          ({ files, warnings } = await renderCaseStudy(study, render));
        } catch (error) {
          if (!(error instanceof CaseStudyError)) throw error;
          return;
        }
        rendered++;
        const study = parseCaseStudy(stringify(data, { lineWidth: 0 }), { file: 'random.yaml' });
        const settings = await settingsFrom(render);
        const { data: localized, images } = localizedStudy(await withImage(study), 'en');
        const brief = documentFor('brief', localized, settings, images) as BriefDocument;
        const deck = documentFor('deck', localized, settings, images) as DeckDocument;

        // The PDF: every piece of text on its page (as pdf.js reads it), and in the plan inside the text frame.
        const [pdf, pptx] = files;
        for (const item of await pdfTextItems(pdf!.bytes)) {
          const inside = item.x >= -0.5 && item.x + item.w <= item.width + 0.5 && item.y - 0.3 * item.h >= 0 && item.y + 0.8 * item.h <= item.height;
          expect(inside, `page ${item.page}: "${item.str.slice(0, 30)}" at ${item.x.toFixed(1)},${item.y.toFixed(1)}`).toBe(true);
        }
        const plan = buildPlan(brief, opts.paper, measurer).plan;
        expect(outOfBounds(plan, measurer, opts.paper)).toEqual([]);
        const pdfShown = (await pdfTextItems(pdf!.bytes)).map((i) => i.str).join('');
        if (pdfShown.includes(ELLIPSIS)) expect(warnings.map((w) => w.code)).toContain('pdf-text-truncated');

        // The deck: every box on its slide and holding its lines; cuts warned of and kept in the notes.
        expect(deckPlanProblems(planDeck(deck))).toEqual([]);
        expect(await deckXmlOutside(pptx!.bytes)).toEqual([]);

        // Characters no font has are named, each in a warning of the format that cannot draw it.
        const pdfMissing = undrawable(documentStrings(brief), (cp) => measurer.covers('latin', cp) || measurer.covers('cjk', cp));
        const pdfNamed = named(warnings, 'pdf-missing-glyph');
        for (const cp of pdfMissing) expect(pdfNamed.has(cp), `U+${cp.toString(16)} in the PDF is named`).toBe(true);
        const deckMissing = undrawable(deckStrings(deck), (cp) => hasGlyph(cp));
        const deckNamed = named(warnings, 'W_PPTX_GLYPH_MISSING');
        for (const cp of deckMissing) expect(deckNamed.has(cp), `U+${cp.toString(16)} in the deck is named`).toBe(true);
      }),
      { numRuns: 14, seed: 16, endOnFailure: true },
    );
    // A property that only ever met refusals would prove nothing.
    expect(rendered).toBeGreaterThanOrEqual(7);
  }, 300_000);
});
