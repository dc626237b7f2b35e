import { isRealDate } from '../load/schema.js';

/** A date a sentence states: ISO value (YYYY, YYYY-MM or YYYY-MM-DD) and the words it came from. */
export interface FoundDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  words: string;
  /** Where in the sentence the words start. */
  index: number;
  /** A bare year that follows a capitalised word ("Expo 2015"): most likely part of a name. */
  inName: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1\\d{3}|20\\d{2})';

/** Patterns from most to least precise; a later one never claims words an earlier one took. */
const PATTERNS: { re: RegExp; precision: FoundDate['precision']; parts: (m: RegExpExecArray) => [string?, string?, string?] }[] = [
  { re: new RegExp(`\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,)?\\s+${YEAR}\\b`, 'giu'), precision: 'day', parts: (m) => [m[3], month(m[2]), m[1]] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'giu'), precision: 'day', parts: (m) => [m[3], month(m[1]), m[2]] },
  { re: /\b(1\d{3}|20\d{2})-(\d{2})-(\d{2})\b/g, precision: 'day', parts: (m) => [m[1], m[2], m[3]] },
  { re: /\b(\d{1,2})[./](\d{1,2})[./](1\d{3}|20\d{2})\b/g, precision: 'day', parts: (m) => [m[3], m[2], m[1]] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu, precision: 'day', parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'giu'), precision: 'month', parts: (m) => [m[2], month(m[1])] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月/gu, precision: 'month', parts: (m) => [m[1], m[2]] },
  {
    re: /(?<![\d.,/-])(19\d{2}|20\d{2})(?:\s*年)?(?![\p{L}\d/-]|\.\d|,\d|\s+(?:people|persons|participants|visitors|students|inhabitants|books|euros?|dollars|km|metres|meters|members)\b)/gu,
    precision: 'year',
    parts: (m) => [m[1]],
  },
];

/**
 * Finds the dates a sentence states: a day ("on the 3rd of July 1979", "1
 * October 2001", "July 3, 1979", "3.7.1979" read day first, "1979年7月3日"), a
 * month ("December 2008") or a year ("in 1988"). Days and months without a
 * year ("the 16th of June") are not dates one can place, so they are skipped.
 */
export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, precision, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // "may" and "march" in lower case are a verb, not a month.
      if (/(?:^|[^\p{L}])(?:may|march)\b/u.test(m[0]) && precision !== 'year') continue;
      const [y, mo, d] = parts(m);
      const value = [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
      if (!isRealDate(value)) continue;
      taken.push([start, end]);
      const before = sentence.slice(0, start);
      const inName = precision === 'year' && /\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/\b(?:In|On|Since|By|Until|From)\s+$/.test(before);
      found.push({ value, precision, words: m[0], index: start, inName });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function month(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const i = MONTHS.indexOf(name.toLowerCase().slice(0, 3));
  return i < 0 ? undefined : String(i + 1);
}
