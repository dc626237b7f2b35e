import { isCjk } from './scripts.js';

// UAX #14 in miniature: the classes that matter for Latin and Chinese running text.
const CLOSING = new Set([...'、。，．・：；？！゛゜ヽヾゝゞ々〻ー」』）】〕〉》｝〙〗〟’”»›)]},.;:!?%‰…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ']);
const OPENING = new Set([...'「『（【〔〈《｛〘〖〝‘“«‹([{']);
const HYPHENS = new Set([...'-‐–—']);
const WORDISH = /^[\p{L}\p{N}]$/u;
const MARK = /^(?:\p{M}|\u200D|\uFE0F)$/u;
/** The units of a Chinese date (2010年6月16日, 16号) and the words that join the ends of a range (至23日). */
const DATE_UNIT = new Set([...'年月日号']);
const RANGE_WORD = new Set([...'至到']);

/**
 * Where a line may start: `result[i]` is true when a break before `chars[i]` is allowed.
 * Latin breaks after spaces and hyphens; CJK between characters, but never before closing
 * punctuation nor after opening punctuation, nor inside a Chinese date; a space before `:;!?»` or
 * after `«` does not break.
 */
export function breakOpportunities(chars: readonly string[]): boolean[] {
  const out = chars.map(() => false);
  for (let i = 1; i < chars.length; i++) out[i] = canBreakBefore(chars, i);
  return out;
}

function canBreakBefore(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1]!;
  const cur = chars[i]!;
  if (isSpace(cur) || isMark(cur)) return false;
  if (prev === '\u200B') return true;
  if (isSpace(prev)) {
    let j = i - 1;
    while (j > 0 && isSpace(chars[j]!)) j--;
    const beforeSpace = chars[j]!;
    // French spacing ("Milan : how", "« Better »") keeps the punctuation with its word.
    if (OPENING.has(beforeSpace) && !isSpace(beforeSpace)) return false;
    return !(CLOSING.has(cur) && !isCjk(cur.codePointAt(0)!) && cur !== ')' && cur !== ']' && cur !== '}');
  }
  if (HYPHENS.has(prev)) return i >= 2 && WORDISH.test(chars[i - 2]!) && WORDISH.test(cur);
  if (insideChineseDate(prev, cur)) return false;
  const cjkPair = isCjk(prev.codePointAt(0)!) || isCjk(cur.codePointAt(0)!);
  if (!cjkPair) return false;
  return !CLOSING.has(cur) && !OPENING.has(prev);
}

/**
 * Whether a break between `prev` and `cur` would cut a date written the Chinese way: a number
 * stays whole (full-width digits too) and with its unit (2010年, 6月, 16日), a year or month with
 * the number after it, and 至 with the day it leads to. "2010年6月16日至23日" may still break before 至, between the range's two ends.
 */
function insideChineseDate(prev: string, cur: string): boolean {
  if (isDigit(prev)) return DATE_UNIT.has(cur) || isDigit(cur);
  if (!isDigit(cur)) return false;
  return prev === '年' || prev === '月' || RANGE_WORD.has(prev);
}

/** ASCII and full-width digits. */
function isDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');
}

/** Grapheme boundaries, used to wrap a word longer than the line (a URL) by character. */
export function graphemeStarts(chars: readonly string[]): boolean[] {
  return chars.map((ch, i) => i === 0 || !isMark(ch));
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n';
}

// ASCII has no combining marks: most characters are answered without the regular expression.
function isMark(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x80 && MARK.test(ch);
}
