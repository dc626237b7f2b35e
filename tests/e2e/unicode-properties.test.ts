import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { CaseStudyError } from '../../src/errors.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { renderCaseStudy } from '../../src/pipeline.js';
import { sampleText, tempFile } from '../helpers/case-study.js';
import { popplerPages, pptxSlides, skeleton, withoutPageFurniture } from '../helpers/extract.js';

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
/** Characters from the scripts a case study may hold, and some it should not. */
const char = fc.oneof(
  { weight: 6, arbitrary: range(0x41, 0x7a) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ', ', '. ', '-', '/', '«', '»', '“', '”', '&', '<', '>', '{{', '}}', '&amp;') },
  { weight: 2, arbitrary: range(0xc0, 0x17f) },
  { weight: 1, arbitrary: range(0x300, 0x36f) },
  { weight: 1, arbitrary: range(0x391, 0x3c9) },
  { weight: 1, arbitrary: range(0x410, 0x44f) },
  { weight: 3, arbitrary: range(0x4e00, 0x9fa5) },
  { weight: 1, arbitrary: fc.constantFrom('。', '，', '、', '「', '」', '（', '）') },
  { weight: 1, arbitrary: range(0x5d0, 0x5ea) },
  { weight: 1, arbitrary: range(0x1f600, 0x1f64f) },
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(char, { minLength: 1, maxLength: 60 }).map((cs) => cs.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: range(0x61, 0x7a), minLength: 90, maxLength: 300 }) },
);

/** Scripts the shipped fonts cover (Latin, Greek, Cyrillic, combining marks, CJK and its punctuation). */
function coveredByNoto(c: string): boolean {
  return /[\u0020-\u036f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(c);
}

/** Characters a warning says have no glyph. */
function unsupported(warnings: { message: string }[]): Set<string> {
  const out = new Set<string>();
  for (const w of warnings) for (const m of w.message.matchAll(/U\+([0-9A-F]{4,6})/g)) out.add(String.fromCodePoint(parseInt(m[1] as string, 16)));
  return out;
}

describe('arbitrary Unicode in every text field', () => {
  it('renders with the text recoverable from the PDF and the deck, or fails with a clean error', async () => {
    const base = parse(sampleText()) as Record<string, unknown> & {
      sections: { heading: unknown; paragraphs: unknown[] }[];
      timeline: { event: unknown }[];
      key_figures: { label: unknown }[];
    };
    let renderedRuns = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ title: text, heading: text, paragraph: text, event: text, label: text }), async (t) => {
        const doc = structuredClone(base);
        Object.assign(doc, { title: t.title });
        doc.sections[1]!.heading = t.heading;
        doc.sections[1]!.paragraphs[0] = t.paragraph;
        doc.timeline[0]!.event = t.event;
        doc.key_figures[0]!.label = t.label;
        const file = tempFile('case.yaml', stringify(doc));
        let rendered: Awaited<ReturnType<typeof renderCaseStudy>>;
        try {
          const study = await loadCaseStudy(file);
          rendered = await renderCaseStudy(study, { formats: ['pdf', 'pptx'], lang: 'en', asOf: '2026-11-29', sourceDateEpoch: 0 });
        } catch (err) {
          expect(err).toBeInstanceOf(CaseStudyError);
          return;
        }
        renderedRuns++;
        const [pdf, pptx] = rendered.files;
        writeFileSync(`${file}.pdf`, pdf!.bytes);
        writeFileSync(`${file}.pptx`, pptx!.bytes);
        // Every character without a glyph is named in a warning, never dropped in silence.
        const missing = unsupported(rendered.warnings);
        for (const field of [t.heading, t.paragraph])
          for (const c of field) if (!coveredByNoto(c)) expect(missing.has(c), `U+${c.codePointAt(0)?.toString(16)} is named in a warning`).toBe(true);
        // Text extraction places a combining mark by its drawn position, not always after its base, so marks are set aside.
        const bare = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '');
        const expected = (s: string) => bare(skeleton([...s.trim()].filter((c) => !missing.has(c)).join('')));
        // Extraction reorders a line that holds right-to-left letters, so those fields are compared only when free of them.
        const comparable = (s: string) => !/[\u0590-\u08ff]/.test(s);
        const pdfText = bare(skeleton(withoutPageFurniture(popplerPages(`${file}.pdf`)).join('\n')));
        for (const field of [t.paragraph, t.heading]) if (comparable(field)) expect(pdfText).toContain(expected(field));
        const notes = skeleton((await pptxSlides(`${file}.pptx`)).map((s) => `${s.slide}\n${s.notes}`).join('\n'));
        expect(notes).toContain(skeleton(t.paragraph.trim()));
      }),
      { numRuns: 12 },
    );
    // Most texts are printable and must render; a property that only ever hit errors would prove nothing.
    expect(renderedRuns).toBeGreaterThanOrEqual(6);
  }, 300_000);

  it('refuses control characters with a clean error that names them', async () => {
    await fc.assert(
      fc.asyncProperty(
        range(0x0, 0x1f).filter((c) => !'\t\n\r'.includes(c)),
        text,
        async (control, around) => {
          const doc = parse(sampleText()) as { sections: { paragraphs: unknown[] }[] };
          doc.sections[0]!.paragraphs[0] = `${around}${control}${around}`;
          const file = tempFile('case.yaml', stringify(doc));
          const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
          await expect(loadCaseStudy(file)).rejects.toThrow(new RegExp(`sections\\[0\\]\\.paragraphs\\[0\\]\` contains the character ${code.replace('+', '\\+')}`));
        },
      ),
      { numRuns: 30 },
    );
  });
});
