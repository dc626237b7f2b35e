import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CaseStudyError } from '../../src/errors.js';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { localize } from '../../src/load/localize.js';
import { sampleText } from '../helpers/case-study.js';
import { parse } from 'yaml';

/** Parses, and says how it ended: a case study, or a clean CaseStudyError. Anything else fails the test. */
function outcome(text: string): 'ok' | 'rejected' {
  try {
    parseCaseStudy(text, { file: 'prop.yaml' }).data;
    return 'ok';
  } catch (err) {
    if (err instanceof CaseStudyError) {
      for (const d of err.problems) expect(d.file).toBe('prop.yaml');
      return 'rejected';
    }
    throw err;
  }
}

describe('the loader under arbitrary input', () => {
  it('never crashes on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void outcome(text)),
      { numRuns: 400 },
    );
  });

  it('never crashes on arbitrary YAML documents', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => void outcome(String(stringify(value) ?? ''))),
      { numRuns: 300 },
    );
  });

  it('never crashes on YAML-looking lines', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'id: x',
        'title: t',
        'cities:',
        '  - name: A',
        '- b',
        'a: &x [1]',
        'b: *x',
        'c: !!str 1',
        'd: !tag x',
        '? k',
        '--- ',
        '...',
        'e: "\\u00e9"',
        "f: 'g'",
        'h: |',
        '  text',
        '%YAML 1.2',
        '[',
        '{',
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => void outcome(lines.join('\n'))),
      { numRuns: 400 },
    );
  });

  it('keeps any Unicode text of a paragraph exactly, or rejects it cleanly', () => {
    const base = parse(sampleText()) as { sections: { paragraphs: unknown[] }[] };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), (text) => {
        const doc = structuredClone(base);
        doc.sections[0]!.paragraphs[0] = text;
        const yaml = stringify(doc);
        if (outcome(yaml) === 'ok') {
          const cs = parseCaseStudy(yaml, { file: 'prop.yaml' }).data;
          expect(localize(cs, 'en').data.sections[0]?.paragraphs[0]).toBe(text.trim());
        }
      }),
      { numRuns: 300 },
    );
  });
});
