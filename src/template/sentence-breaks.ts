/**
 * Sentence boundaries of Latin-script text by the rules of Unicode's UAX #29 (which ICU, and so
 * Intl.Segmenter, implements), for the text where they can be had without Intl.Segmenter.
 *
 * Why: the first Intl.Segmenter of a process costs ~11 ms before it segments anything (V8 lists
 * every locale ICU can break text for), a startup snapshot cannot keep one, and a deck's bullets are
 * its sentences. So text made only of the characters below is segmented here; anything else (CJK,
 * Greek, Cyrillic, emoji, a language ICU tailors) returns undefined and goes to Intl.Segmenter.
 * tests/template/sentence-breaks.test.ts compares the two on every character of the repertoire in
 * each rule's contexts and on random text.
 *
 * The classes come from the Unicode properties JavaScript's regular expressions know, as UAX #29's
 * table 4 defines them; the two that rest on Line_Break (Numeric, and Close through quotation marks)
 * are listed for the repertoire, where they are few.
 */

/** Sentence_Break property values (UAX #29 table 4); Other is "Any" of the rules. */
const enum SB {
  Other,
  CR,
  LF,
  Sep,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
  Extend,
  Format,
}

/**
 * The characters handled here: C0 whitespace, ASCII, Latin-1, Latin Extended A and B, IPA, spacing
 * modifiers, combining diacritics (accents written decomposed), and General Punctuation (dashes,
 * curly quotes, ellipsis, the invisible formatting characters).
 */
const REPERTOIRE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x36f],
  [0x2000, 0x2064],
  [0x2066, 0x206f],
];
/** Languages whose sentence rules in ICU are the root's (no tailoring, no suppressions by default). */
const LANGUAGES = new Set(['en', 'it']);

const ATERM = new Set([0x2e, 0x2024]);
/** SContinue within the repertoire: comma, hyphen-minus, colon, semicolon, en and em dash. */
const SCONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x2013, 0x2014]);

/** Class of one code point of the repertoire, by UAX #29's definitions, in its order. */
function classify(cp: number): SB {
  const c = String.fromCodePoint(cp);
  if (cp === 0x0d) return SB.CR;
  if (cp === 0x0a) return SB.LF;
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029) return SB.Sep;
  if (/\p{Grapheme_Extend}|\p{Mc}/u.test(c) || cp === 0x200d) return SB.Extend;
  // Format: the other formatting characters (zero-width space among them; ZWNJ and ZWJ are Extend).
  if (/\p{Cf}/u.test(c)) return SB.Format;
  if (/\p{White_Space}/u.test(c)) return SB.Sp;
  if (/\p{Lowercase}/u.test(c)) return SB.Lower;
  if (/\p{Uppercase}|\p{Lt}/u.test(c)) return SB.Upper;
  if (/\p{Alphabetic}/u.test(c) || cp === 0xa0) return SB.OLetter;
  // Line_Break = Numeric: within the repertoire, the ASCII digits.
  if (cp >= 0x30 && cp <= 0x39) return SB.Numeric;
  if (ATERM.has(cp)) return SB.ATerm;
  if (/\p{Sentence_Terminal}/u.test(c)) return SB.STerm;
  // Open and close punctuation, and Line_Break = Quotation: within the repertoire, the initial and
  // final quotation marks and the two ASCII quotes.
  if (/\p{Ps}|\p{Pe}|\p{Pi}|\p{Pf}/u.test(c) || cp === 0x22 || cp === 0x27) return SB.Close;
  if (SCONTINUE.has(cp)) return SB.SContinue;
  return SB.Other;
}

/** Code point → class + 1 (0: not in the repertoire), built on first use. */
let table: Uint8Array | undefined;
function classTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x2070);
  for (const [from, to] of REPERTOIRE) for (let cp = from; cp <= to; cp++) table[cp] = classify(cp) + 1;
  return table;
}

const isParaSep = (c: SB) => c === SB.Sep || c === SB.CR || c === SB.LF;
const isSATerm = (c: SB) => c === SB.STerm || c === SB.ATerm;

/**
 * The sentences of `text` as Intl.Segmenter(lang, { granularity: 'sentence' }) cuts them (every
 * character kept, in order), or undefined when the text or language is outside what is handled here.
 */
export function latinSentences(text: string, lang: string): string[] | undefined {
  if (!LANGUAGES.has(lang.split('-')[0] ?? '')) return undefined;
  const t = classTable();
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const cp = text.charCodeAt(i);
    const k = cp < t.length ? t[cp]! : 0;
    if (k === 0) return undefined;
    cls[i] = k - 1;
  }
  // Rule 5: Extend and Format attach to what precedes them (not after a paragraph separator); the
  // other rules see the string without them. `base` lists the positions of the characters they see.
  const base: number[] = [];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = cls[i]! as SB;
    if (i > 0 && breaksBefore(i, c)) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (!((c === SB.Extend || c === SB.Format) && i > 0 && !isParaSep(cls[i - 1]! as SB))) base.push(i);
  }
  if (start < n) out.push(text.slice(start));
  return out;

  /** The k-th character before the current one as the rules see it (a base position), 0 the last. */
  function at(k: number): SB | undefined {
    const p = base[base.length - 1 - k];
    return p === undefined ? undefined : (cls[p]! as SB);
  }

  /** Whether there is a sentence boundary between text[i - 1] and text[i] (rules 3 to 998). */
  function breaksBefore(i: number, c: SB): boolean {
    const prevRaw = cls[i - 1]! as SB;
    if (prevRaw === SB.CR && c === SB.LF) return false; // 3
    if (isParaSep(prevRaw)) return true; // 4
    if (c === SB.Extend || c === SB.Format) return false; // 5
    const prev = at(0);
    if (prev === SB.ATerm && c === SB.Numeric) return false; // 6
    if (prev === SB.ATerm && c === SB.Upper && (at(1) === SB.Upper || at(1) === SB.Lower)) return false; // 7
    // Back over Sp* then Close* to the terminator, if there is one.
    let k = 0;
    while (at(k) === SB.Sp) k++;
    const spaces = k;
    while (at(k) === SB.Close) k++;
    const term = at(k);
    if (term === undefined || !isSATerm(term)) return false; // 998
    if (term === SB.ATerm) {
      // 8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
      for (let j = i; j < n; j++) {
        const d = cls[j]! as SB;
        if (d === SB.Lower) return false;
        if (d === SB.OLetter || d === SB.Upper || isParaSep(d) || isSATerm(d)) break;
      }
    }
    if (c === SB.SContinue || isSATerm(c)) return false; // 8a
    if (spaces === 0 && (c === SB.Close || c === SB.Sp || isParaSep(c))) return false; // 9
    if (c === SB.Sp || isParaSep(c)) return false; // 10
    return true; // 11
  }
}
