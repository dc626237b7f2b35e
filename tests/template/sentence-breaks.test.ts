// latinSentences must cut text exactly where Intl.Segmenter (ICU) does, or decline.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { latinSentences } from '../../src/template/sentence-breaks.js';

const icu = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);

/** Every code point the fast path claims, by trying each one alone. */
const repertoire: string[] = [];
for (let cp = 0; cp < 0x2070; cp++) {
  const c = String.fromCodePoint(cp);
  if (latinSentences(c, 'en') !== undefined) repertoire.push(c);
}

// Contexts that put a character where each rule of UAX #29 looks: after a full stop, after a
// full stop and a space, before one, between a closing quote and a space, as a terminator, etc.
const contexts = [
  (c: string) => `ab. ${c}Cd`,
  (c: string) => `ab.${c}Cd`,
  (c: string) => `ab.)${c} Cd`,
  (c: string) => `ab! ${c}cd`,
  (c: string) => `ab? ${c} cd`,
  (c: string) => `Ab${c}. Cd`,
  (c: string) => `ab${c} Cd. ef`,
  (c: string) => `ab. ${c}1. Cd`,
  (c: string) => `Ab.${c}C`,
  (c: string) => `e.g. ${c} the`,
  (c: string) => `${c}. ${c}`,
  (c: string) => `Ab. "${c}" Cd.`,
  (c: string) => `Ab${c}\n${c}Cd`,
  (c: string) => `Ab.${c}${c} cd`,
  (c: string) => `Ab?${c}${c}D`,
];

describe('sentence boundaries without Intl.Segmenter', () => {
  it('covers Latin text, decides nothing outside it', () => {
    expect(repertoire.length).toBe(931);
    for (const c of 'AzÀÿĀſǺɏ ’“”–—…0.!?,;:"\'()\u00ad\u0301\u200b\u2028') expect(repertoire).toContain(c);
    for (const text of ['上海。', 'Αθήνα. Ρώμη.', 'Москва.', 'Hi 👋. Bye.', '\u0085x']) expect(latinSentences(text, 'en')).toBeUndefined();
    // Greek's sentence rules are tailored in ICU; only languages with the root's rules are handled.
    expect(latinSentences('Milan. Shanghai.', 'el')).toBeUndefined();
    expect(latinSentences('Milan. Shanghai.', 'zh')).toBeUndefined();
    expect(latinSentences('Milan. Shanghai.', 'it')).toEqual(['Milan. ', 'Shanghai.']);
  });

  it('cuts as ICU does, for every character of the repertoire in every rule context', () => {
    const wrong: string[] = [];
    for (const c of repertoire) {
      for (const context of contexts) {
        const text = context(c);
        if (JSON.stringify(latinSentences(text, 'en')) !== JSON.stringify(icu(text, 'en'))) wrong.push(`U+${c.codePointAt(0)!.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('cuts as ICU does on random text of the repertoire, in English and Italian', () => {
    // Weighted towards what the rules turn on: terminators, closers, spaces, case, digits.
    const common = [...'..!?  ""\'\')(’”“–,:;\n\r\u2029aAbB1éÉ\u0301\u200b\u00a0\t'];
    const char = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...repertoire) });
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.constantFrom('en', 'it', 'en-GB'), (chars, lang) => {
        const text = chars.join('');
        expect(latinSentences(text, lang)).toEqual(icu(text, lang));
      }),
      { numRuns: 20000 },
    );
  });

  it('cuts the sample case study as ICU does', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(parse(readFileSync('data/milan-shanghai.yaml', 'utf8')));
    walk(readFileSync('tests/fixtures/milan-shanghai.txt', 'utf8').split('\n\n'));
    let handled = 0;
    for (const text of texts) {
      const fast = latinSentences(text, 'en');
      if (fast === undefined) continue;
      handled++;
      expect(fast).toEqual(icu(text, 'en'));
    }
    expect(handled).toBeGreaterThan(30);
  });
});
