import { memoIntl } from './intl-cache.js';

/**
 * Abbreviations whose full stop ends no sentence, as written (a lower-case one also matches with
 * a capital, at the start of a sentence). ICU knows such lists ("sentence break suppressions"),
 * but Intl.Segmenter does not apply them, so they are applied here.
 */
const ABBREVIATIONS = new Set([
  ...'Mr Mrs Ms Dr Prof St Sr Jr No Nos Fig Inc Ltd Co Corp Dept Govt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
  ...'e.g i.e cf vs approx fig'.split(' '),
  ...'Sig Dott Ing Avv'.split(' '),
]);

/** Opening quotes and brackets that may stand before an abbreviation. */
const OPENING = /^["'“‘«([]+/u;

/**
 * Splits text into its sentences, each trimmed and otherwise verbatim, in order: joined by single
 * spaces they give the text back, up to its spacing. Boundaries are Unicode's (UAX #29, through
 * Intl.Segmenter, made once per language), except after a full stop that ends an abbreviation
 * ("Mr.", "e.g."), an initial ("J.") or a dotted short form ("S.p.a."): a name or a reference
 * goes on there far more often than a sentence ends.
 */
export function splitSentences(text: string, lang = 'en'): string[] {
  const segmenter = memoIntl(`sentence|${lang}`, () => new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (!endsInAbbreviation(pending)) {
      push(pending);
      pending = '';
    }
  }
  push(pending);
  return out;

  function push(s: string): void {
    const trimmed = s.trim();
    if (trimmed) out.push(trimmed);
  }
}

/** Whether a sentence as cut ends with a full stop that belongs to an abbreviation. */
function endsInAbbreviation(sentence: string): boolean {
  // A line or paragraph break ends the sentence whatever precedes it.
  const m = /(\S+)\.[^\S\n\r\u0085\u2028\u2029]*$/u.exec(sentence);
  if (!m) return false;
  const word = (m[1] ?? '').replace(OPENING, '');
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.charAt(0).toLowerCase() + word.slice(1))) return true;
  // An initial ("J. Smith") or a dotted short form ("S.p.a.", "U.S.").
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
