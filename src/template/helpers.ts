import type { HelperDelegate } from 'handlebars';
import { intlOptions, patternDate, patternRange, type DateFields } from './date-patterns.js';
import { latinSentences } from './sentence-breaks.js';

// Building an Intl formatter loads locale data (~10 ms each); a build asks for the same few many times.
const intlCache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let hit = intlCache.get(key) as T | undefined;
  if (hit === undefined) intlCache.set(key, (hit = make()));
  return hit;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD into its parts. */
function parts(iso: string): { year: number; month?: number; day?: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m, day: d };
}

/** The locale whose dates a language's briefs use: British English for English. */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * Formats an ISO year, month or day for a language as Intl does: "3 July 1979", "3 luglio 1979",
 * "1979年7月3日" (from a pattern checked against Intl when one was kept: see date-patterns.ts).
 */
export function formatDate(iso: string, lang: string): string {
  const { year, month, day } = parts(iso);
  if (month === undefined) return String(year);
  const locale = dateLocale(lang);
  const fields: DateFields = day === undefined ? 'ym' : 'ymd';
  return patternDate(locale, fields, year, month, day ?? 1) ?? dateFormat(locale, intlOptions(fields)).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** Formats a span of dates, sharing what the two ends have in common: "16–23 June 2010". */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  if (!end || end === start) return formatDate(start, lang);
  const a = parts(start);
  const b = parts(end);
  // ICU writes Chinese ranges as "2010/6/16 – 2010/6/23"; the written form is "2010年6月16日至23日".
  if (lang.startsWith('zh')) return `${formatDate(start, lang)}至${formatDate(end, lang).replace(a.month === b.month && a.year === b.year && b.day !== undefined ? `${b.year}年${b.month}月` : a.year === b.year ? `${b.year}年` : '', '')}`;
  const locale = dateLocale(lang);
  const fields: DateFields = a.month === undefined || b.month === undefined ? 'y' : a.day === undefined || b.day === undefined ? 'ym' : 'ymd';
  const ymd = (p: typeof a) => [p.year, p.month ?? 1, p.day ?? 1] as const;
  const toDate = (p: typeof a) => new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  return patternRange(locale, fields, ymd(a), ymd(b)) ?? dateFormat(locale, intlOptions(fields)).formatRange(toDate(a), toDate(b));
}

/** Whole years from an ISO date to another (the anniversary counts from its day). */
export function yearsBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  let years = b.year - a.year;
  const before = (b.month ?? 1) < (a.month ?? 1) || ((b.month ?? 1) === (a.month ?? 1) && (b.day ?? 1) < (a.day ?? 1));
  if (before) years--;
  return years;
}

/** The next anniversary that is a multiple of five years, on or after `asOf`. */
export function nextRoundAnniversary(start: string, asOf: string): { n: number; date: string } {
  const age = yearsBetween(start, asOf);
  const onTheDay = start.slice(4) === asOf.slice(4);
  const n = onTheDay && age > 0 && age % 5 === 0 ? age : (Math.floor(age / 5) + 1) * 5;
  const year = Number(start.slice(0, 4)) + n;
  return { n, date: `${year}${start.slice(4)}` };
}

const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An ordinal number for a language: 25th, 25°, 第25. */
export function ordinal(n: number, lang: string): string {
  if (lang === 'it') return `${n}°`;
  if (lang === 'zh') return `第${n}`;
  return `${n}${EN_SUFFIX[cached('p|en', () => new Intl.PluralRules('en', { type: 'ordinal' })).select(n)] ?? 'th'}`;
}

/**
 * Splits text into sentences as Intl.Segmenter does, keeping every character of each: Latin text
 * by the same rules without it (see sentence-breaks.ts), anything else with it.
 */
export function sentences(text: string, lang: string): string[] {
  const segments = latinSentences(text, lang) ?? [...cached(`s|${lang}`, () => new Intl.Segmenter(lang, { granularity: 'sentence' })).segment(text)].map((s) => s.segment);
  return segments.map((s) => s.trim()).filter(Boolean);
}

/** The helpers every template can use; each takes Handlebars' options hash last. */
export const helpers: Record<string, HelperDelegate> = {
  date: (iso: unknown, lang: unknown) => (typeof iso === 'string' ? formatDate(iso, String(lang)) : ''),
  dateRange: (start: unknown, end: unknown, lang: unknown) =>
    typeof start === 'string' ? formatDateRange(start, typeof end === 'string' ? end : undefined, String(lang)) : '',
  yearsSince: (iso: unknown, asOf: unknown) => (typeof iso === 'string' ? yearsBetween(iso, String(asOf)) : ''),
  ordinal: (n: unknown, lang: unknown) => ordinal(Number(n), String(lang)),
  sentences: (text: unknown, lang: unknown) => (typeof text === 'string' ? sentences(text, String(lang)) : []),
  cityName: (city: unknown, lang: unknown) => {
    const c = city as { name?: string; names?: Record<string, string> };
    const code = String(lang).split('-')[0] ?? '';
    return c.names?.[code] ?? c.name ?? '';
  },
  first: (items: unknown) => (Array.isArray(items) ? items[0] : undefined),
  last: (items: unknown) => (Array.isArray(items) ? items.at(-1) : undefined),
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  join: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(String(separator)) : ''),
};

/** Drops the cached Intl formatters (they hold ICU objects a startup snapshot cannot carry). */
export function forgetIntlFormatters(): void {
  intlCache.clear();
}
