import type { HelperDelegate } from 'handlebars';
import { memoIntl } from '../text/intl-cache.js';
import { splitSentences } from '../text/split-sentences.js';
import { formatKm, greatCircleKm, type LatLon } from '../map/distance.js';

/** An ISO date's parts: YYYY, YYYY-MM or YYYY-MM-DD. */
interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Which fields a date shows: the year, year and month, or all three. */
type DateFields = 'y' | 'ym' | 'ymd';

function parts(iso: string): DateParts {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m, day: d };
}

const fieldsOf = (p: DateParts): DateFields => (p.month === undefined ? 'y' : p.day === undefined ? 'ym' : 'ymd');

/** The day as a UTC instant. setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999. */
function instant(p: DateParts): Date {
  const date = new Date(0);
  date.setUTCFullYear(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  return date;
}

/** Intl's formatter of `fields` for `locale`, in UTC (dates are calendar days, not instants); one per process. */
function dateFormat(locale: string, fields: DateFields): Intl.DateTimeFormat {
  return memoIntl(`date|${locale}|${fields}`, () => {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (fields !== 'y') options.month = 'long';
    if (fields === 'ymd') options.day = 'numeric';
    return new Intl.DateTimeFormat(locale, options);
  });
}

/** The locale whose dates a language's briefs use: British English for English. */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/** Formats an ISO year, month or day for a language as Intl does: "3 July 1979", "3 luglio 1979", "1979年7月3日". */
export function formatDate(iso: string, lang: string): string {
  const p = parts(iso);
  if (p.month === undefined) return String(p.year);
  return dateFormat(dateLocale(lang), fieldsOf(p)).format(instant(p));
}

/** Formats a span of dates, sharing what the two ends have in common: "16–23 June 2010". */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  if (!end || end === start) return formatDate(start, lang);
  const a = parts(start);
  const b = parts(end);
  // ICU writes Chinese ranges as "2010/6/16 – 2010/6/23"; the written form is "2010年6月16日至23日".
  if (lang.startsWith('zh')) {
    const shared = a.year !== b.year ? '' : a.month === b.month && b.day !== undefined ? `${b.year}年${b.month}月` : `${b.year}年`;
    return `${formatDate(start, lang)}至${formatDate(end, lang).replace(shared, '')}`;
  }
  // Both ends show the fields the less precise one has.
  const fa = fieldsOf(a);
  const fb = fieldsOf(b);
  const fields = fa === 'y' || fb === 'y' ? 'y' : fa === 'ym' || fb === 'ym' ? 'ym' : 'ymd';
  return dateFormat(dateLocale(lang), fields).formatRange(instant(a), instant(b));
}

/**
 * Whole years from an ISO date to another (an age turns over on the anniversary), or undefined
 * when `to` is before `from`: a partnership that has not begun yet has no age.
 */
export function yearsBetween(from: string, to: string): number | undefined {
  const a = parts(from);
  const b = parts(to);
  const key = (p: DateParts) => p.year * 10000 + (p.month ?? 1) * 100 + (p.day ?? 1);
  if (key(b) < key(a)) return undefined;
  return b.year - a.year - (key({ ...b, year: 0 }) < key({ ...a, year: 0 }) ? 1 : 0);
}

/** The next anniversary that is a multiple of five years, on or after `asOf` (the 5th, before the start). */
export function nextRoundAnniversary(start: string, asOf: string): { n: number; date: string } {
  const age = yearsBetween(start, asOf);
  const onTheDay = start.slice(4) === asOf.slice(4);
  const n = age === undefined ? 5 : onTheDay && age > 0 && age % 5 === 0 ? age : (Math.floor(age / 5) + 1) * 5;
  const year = Number(start.slice(0, 4)) + n;
  return { n, date: `${String(year).padStart(4, '0')}${start.slice(4)}` };
}

const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** An ordinal number for a language: 25th, 25°, 第25. */
export function ordinal(n: number, lang: string): string {
  if (lang === 'it') return `${n}°`;
  if (lang === 'zh') return `第${n}`;
  return `${n}${EN_SUFFIX[memoIntl('ordinal|en', () => new Intl.PluralRules('en', { type: 'ordinal' })).select(n)] ?? 'th'}`;
}

/**
 * Formats a number for a language as Intl does: "12,500", "12.500", "12,500". Digits are grouped
 * from five on (CLDR's "min2"), so that a year or a four-digit count reads as written: 2019, 1500.
 */
export function formatNumber(value: number, lang: string): string {
  const locale = dateLocale(lang);
  return memoIntl(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: 'min2' })).format(value);
}

/** A chart's data as lines of text, one per label ("2019: 44 students"; with several series, each named). */
function chartLines(chart: unknown, lang: string): string[] {
  const c = chart as { labels?: string[]; unit?: string; series?: { name: string; values: number[] }[] };
  const series = c.series ?? [];
  const unit = c.unit ? ` ${c.unit}` : '';
  return (c.labels ?? []).map((label, i) => {
    const values = series.map((s) => `${series.length > 1 ? `${s.name} ` : ''}${formatNumber(s.values[i] ?? 0, lang)}${series.length > 1 ? '' : unit}`);
    return `${label}: ${values.join(', ')}${series.length > 1 ? unit : ''}`;
  });
}

/** The two ends of a map's route, named for the language, and the distance between them written for it. */
interface MapRoute {
  from: { name: string; lat: number; lon: number };
  to: { name: string; lat: number; lon: number };
  /** The great-circle distance, e.g. "9,099 km". */
  distance: string;
}

/** The route between the first two cities when both have coordinates, else undefined (no map). */
export function mapRoute(cities: unknown, lang: string): MapRoute | undefined {
  if (!Array.isArray(cities)) return undefined;
  const ends = cities
    .slice(0, 2)
    .map((c: { name?: string; names?: Record<string, string>; coordinates?: LatLon }) =>
      c?.coordinates ? { name: c.names?.[lang.split('-')[0] ?? ''] ?? c.name ?? '', lat: c.coordinates.lat, lon: c.coordinates.lon } : undefined,
    );
  const [from, to] = ends;
  if (!from || !to) return undefined;
  return { from, to, distance: formatKm(greatCircleKm(from, to), lang) };
}

/** The helpers every template can use; each takes Handlebars' options hash last. */
export const helpers: Record<string, HelperDelegate> = {
  date: (iso: unknown, lang: unknown) => (typeof iso === 'string' ? formatDate(iso, String(lang)) : ''),
  dateRange: (start: unknown, end: unknown, lang: unknown) => (typeof start === 'string' ? formatDateRange(start, typeof end === 'string' ? end : undefined, String(lang)) : ''),
  yearsSince: (iso: unknown, asOf: unknown) => (typeof iso === 'string' ? (yearsBetween(iso, String(asOf)) ?? '') : ''),
  ordinal: (n: unknown, lang: unknown) => ordinal(Number(n), String(lang)),
  sentences: (text: unknown, lang: unknown) => (typeof text === 'string' ? splitSentences(text, String(lang)) : []),
  cityName: (city: unknown, lang: unknown) => {
    const c = city as { name?: string; names?: Record<string, string> };
    const code = String(lang).split('-')[0] ?? '';
    return c.names?.[code] ?? c.name ?? '';
  },
  mapRoute: (cities: unknown, lang: unknown) => mapRoute(cities, String(lang)),
  first: (items: unknown) => (Array.isArray(items) ? items[0] : undefined),
  last: (items: unknown) => (Array.isArray(items) ? items.at(-1) : undefined),
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  join: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(String(separator)) : ''),
  number: (value: unknown, lang: unknown) => (typeof value === 'number' ? formatNumber(value, String(lang)) : ''),
  isNumber: (value: unknown) => typeof value === 'number',
  concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
  chartLines: (chart: unknown, lang: unknown) => chartLines(chart, String(lang)),
};
