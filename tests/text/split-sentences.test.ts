import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoIntl } from '../../src/text/intl-cache.js';
import { splitSentences } from '../../src/text/split-sentences.js';
import { SAMPLE, seedParagraphs } from '../helpers/case-study.js';

/** The text without its white space: what no split may change. */
const letters = (s: string) => s.replace(/\s+/gu, '');

describe('splitSentences', () => {
  it('cuts each paragraph of the survey’s text into sentences found in it verbatim, losing nothing', () => {
    const paragraphs = seedParagraphs();
    expect(paragraphs.length).toBe(8);
    for (const p of paragraphs) {
      const sentences = splitSentences(p, 'en');
      for (const s of sentences) expect(p).toContain(s);
      expect(letters(sentences.join(''))).toBe(letters(p));
    }
    expect(splitSentences(paragraphs[0]!, 'en')).toEqual([
      'The partnership between Milan and Shanghai began 30 years ago, on the 3rd of July 1979, when the cities discovered common interests and expressed the intention of starting a long term collaboration.',
      'After a summit meeting, a Declaration of Intent was signed and the partnership agreement commenced.',
    ]);
  });

  it('cuts the sample case study’s paragraphs where its full stops end sentences', () => {
    const cs = parse(readFileSync(SAMPLE, 'utf8')) as { sections: { paragraphs: string[] }[] };
    const all = cs.sections.flatMap((s) => s.paragraphs).flatMap((p) => splitSentences(p, 'en'));
    // A company's legal form ("S.p.a.,") is inside a sentence.
    expect(all).toContain(
      'The Peoples Republic of China was the first country to formalize its participation at the Milan Expo 2015 with an agreement signed in December 2008 between Expo 2015 S.p.a., the CCPIT (China Council for the Promotion of International Trade) and ICE (National Institute for Foreign Trade).',
    );
    for (const s of all) expect(s).toMatch(/[.!?”)]$/u);
  });

  it('goes on after an abbreviation, an initial or a dotted short form', () => {
    expect(splitSentences('They met Mr. Li of the foreign affairs office. Then they left.')).toEqual(['They met Mr. Li of the foreign affairs office.', 'Then they left.']);
    expect(splitSentences('Exchanges, e.g. The Milan Forum, grew. J. Smith spoke at St. Ambrose. It rained.')).toEqual([
      'Exchanges, e.g. The Milan Forum, grew.',
      'J. Smith spoke at St. Ambrose.',
      'It rained.',
    ]);
    expect(splitSentences('A grant («Dott. Rossi») came. See Fig. 3 of the report.', 'it')).toEqual(['A grant («Dott. Rossi») came.', 'See Fig. 3 of the report.']);
  });

  it('ends a sentence after a full stop that only looks like an abbreviation’s', () => {
    expect(splitSentences('We said no. Then the mayor came.')).toEqual(['We said no.', 'Then the mayor came.']);
    expect(splitSentences('It grew 3.5 times. Then it slowed.')).toEqual(['It grew 3.5 times.', 'Then it slowed.']);
  });

  it('ends a sentence at a line break, even after an abbreviation', () => {
    expect(splitSentences('Signed by Mr.\nLi came later.')).toEqual(['Signed by Mr.', 'Li came later.']);
  });

  it('cuts Chinese text after 。！？ and keeps a closing quote with its sentence', () => {
    expect(splitSentences('成都与波恩的伙伴关系始于2009年。他说：「很好！」下一句？好', 'zh')).toEqual(['成都与波恩的伙伴关系始于2009年。', '他说：「很好！」', '下一句？', '好']);
  });

  it('never loses or reorders a character of any text', () => {
    const piece = fc.constantFrom('Mr.', 'e.g.', 'A.', 'S.p.a.', '3.5', '. ', '! ', '? ', '。', '」', ' ', '\n', 'the', 'Milan', '上海', '«', '»', '“', '”', '…');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('en', 'it', 'zh'), (pieces, lang) => {
        const text = pieces.join('');
        const sentences = splitSentences(text, lang);
        expect(letters(sentences.join(''))).toBe(letters(text));
        let from = 0;
        for (const s of sentences) {
          const at = text.indexOf(s, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + s.length;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('memoIntl', () => {
  it('makes one object per key and gives it again', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const first = memoIntl('test|a', make);
    expect(memoIntl('test|a', make)).toBe(first);
    expect(memoIntl('test|b', make)).not.toBe(first);
    expect(made).toBe(2);
  });
});
