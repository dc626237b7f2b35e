/**
 * Dates in a language's words, from patterns taken apart from ICU's own output and checked
 * against it. Why: a process's first Intl.DateTimeFormat costs ~6 ms on top of ICU's start-up
 * (V8 gathers the locales ICU can format dates in), and a startup snapshot cannot keep one. The
 * snapshot keeps these patterns instead, plain strings taken while it is built (see
 * src/startup/warm-up.ts), for the languages casebrief ships; for any other language, and
 * without a snapshot, dates come from Intl as before.
 *
 * A pattern is kept only if it gives Intl's very output for every month, for days of one and two
 * digits, and for each kind of range; a calendar other than the Gregorian, digits other than
 * ASCII, or a part other than day, month, year and literal text, and it is not kept.
 */

/** Which fields a date shows: the year, year and month, or all three. */
export type DateFields = 'y' | 'ym' | 'ymd';
/** The largest field in which the two ends of a range differ ('none': they show the same). */
export type RangeDiff = 'none' | 'year' | 'month' | 'day';

type Slot = { text: string } | { field: 'day' | 'month' | 'year'; end: boolean; pad: boolean };
interface Pattern {
  slots: Slot[];
  /** Month names as the pattern writes them, January first. */
  months: string[];
}

const patterns = new Map<string, Pattern>();
const key = (locale: string, fields: DateFields, diff: RangeDiff | 'single') => `${locale}|${fields}|${diff}`;

/** Intl's options for the fields, in UTC (dates are calendar days, not instants). */
export function intlOptions(fields: DateFields): Intl.DateTimeFormatOptions {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (fields !== 'y') options.month = 'long';
  if (fields === 'ymd') options.day = 'numeric';
  return options;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A date in a kept pattern, or undefined when there is none for it. */
export function patternDate(locale: string, fields: DateFields, y: number, m: number, d: number): string | undefined {
  const p = patterns.get(key(locale, fields, 'single'));
  return p && inRange(y) ? apply(p, [y, m, d], [y, m, d]) : undefined;
}

/** A range in a kept pattern, or undefined when there is none for it (or it runs backwards). */
export function patternRange(locale: string, fields: DateFields, a: readonly [number, number, number], b: readonly [number, number, number]): string | undefined {
  const diff = rangeDiff(fields, a, b);
  if (diff === undefined) return undefined;
  const p = patterns.get(key(locale, fields, diff));
  return p && inRange(a[0]) && inRange(b[0]) ? apply(p, a, b) : undefined;
}

/**
 * Takes apart, checks and keeps the date patterns of `locale` (see the file's comment). Returns
 * how many it kept: 3 single-date and 6 range patterns when ICU's output passes every check.
 */
export function captureDatePatterns(locale: string): number {
  let kept = 0;
  for (const fields of ['y', 'ym', 'ymd'] as const) {
    const format = new Intl.DateTimeFormat(locale, intlOptions(fields));
    const resolved = format.resolvedOptions();
    if (resolved.calendar !== 'gregory' || resolved.numberingSystem !== 'latn') continue;
    const months: string[] = [];
    for (let m = 1; m <= 12; m++) {
      const month = format.formatToParts(utc(2001, m, 13)).find((p) => p.type === 'month')?.value;
      months.push(month ?? '');
    }
    const candidates: [RangeDiff | 'single', Intl.DateTimeRangeFormatPart[]][] = [['single', format.formatToParts(utc(2001, 1, 3)).map((p) => ({ ...p, source: 'shared' as const }))]];
    for (const diff of RANGE_DIFFS[fields]) candidates.push([diff, format.formatRangeToParts(...reference(diff))]);
    for (const [diff, parts] of candidates) {
      const pattern = takeApart(parts, months);
      if (pattern && checks(diff, fields).every(([a, b]) => apply(pattern, a, b) === (diff === 'single' ? format.format(utc(...a)) : format.formatRange(utc(...a), utc(...b))))) {
        patterns.set(key(locale, fields, diff), pattern);
        kept++;
      }
    }
  }
  return kept;
}

/** Whether any pattern of `locale` is kept. */
export function hasDatePatterns(locale: string): boolean {
  for (const k of patterns.keys()) if (k.startsWith(`${locale}|`)) return true;
  return false;
}

/** Drops every kept pattern (tests). */
export function forgetDatePatterns(): void {
  patterns.clear();
}

type Ymd = readonly [number, number, number];

const RANGE_DIFFS: Record<DateFields, RangeDiff[]> = { y: ['none', 'year'], ym: ['none', 'year', 'month'], ymd: ['year', 'month', 'day'] };

/** Two dates that differ in `diff` and below, with one-digit days that show any zero padding. */
function reference(diff: RangeDiff): [Date, Date] {
  if (diff === 'year') return [utc(2001, 1, 3), utc(2002, 2, 4)];
  if (diff === 'month') return [utc(2001, 1, 3), utc(2001, 2, 4)];
  if (diff === 'day') return [utc(2001, 1, 3), utc(2001, 1, 4)];
  return [utc(2001, 1, 3), utc(2001, 1, 3)];
}

/** The dates a pattern must render as Intl does: every month on each side, days of one and two digits. */
function checks(diff: RangeDiff | 'single', fields: DateFields): [Ymd, Ymd][] {
  const out: [Ymd, Ymd][] = [];
  for (let m = 1; m <= 12; m++) {
    for (const d of [1, 9, 10, 28]) {
      if (diff === 'single' || diff === 'none') out.push([[2026, m, d], [2026, m, d]]);
      else if (diff === 'year') out.push([[1999, m, d], [2026, 13 - m, 29 - d]]);
      else if (diff === 'month' && m < 12) out.push([[2026, m, d], [2026, m + 1, 29 - d]], [[2026, 1, d], [2026, m + 1, 29 - d]]);
      else if (diff === 'day' && d < 28) out.push([[2026, m, d], [2026, m, 28]]);
    }
  }
  // A range whose ends show the same text ('none') differs only below the fields shown.
  if (diff === 'none') return out.map(([a]) => [a, fields === 'y' ? [a[0], 12, 31] : [a[0], a[1], 28]]);
  return out;
}

function takeApart(parts: readonly Intl.DateTimeRangeFormatPart[], months: readonly string[]): Pattern | undefined {
  const slots: Slot[] = [];
  for (const part of parts) {
    const end = part.source === 'endRange';
    if (part.type === 'literal') slots.push({ text: part.value });
    else if (part.type === 'year') {
      if (!/^\d{4}$/.test(part.value)) return undefined;
      slots.push({ field: 'year', end, pad: false });
    } else if (part.type === 'month') slots.push({ field: 'month', end, pad: false });
    else if (part.type === 'day') {
      if (!/^0?[34]$/.test(part.value)) return undefined;
      slots.push({ field: 'day', end, pad: part.value.length === 2 });
    } else return undefined;
  }
  const needsMonths = slots.some((s) => 'field' in s && s.field === 'month');
  return !needsMonths || months.every(Boolean) ? { slots, months: needsMonths ? [...months] : [] } : undefined;
}

function apply(p: Pattern, a: Ymd, b: Ymd): string {
  let out = '';
  for (const slot of p.slots) {
    if ('text' in slot) out += slot.text;
    else {
      const [y, m, d] = slot.end ? b : a;
      if (slot.field === 'year') out += String(y);
      else if (slot.field === 'month') out += p.months[m - 1];
      else out += slot.pad && d < 10 ? `0${d}` : String(d);
    }
  }
  return out;
}

function rangeDiff(fields: DateFields, a: Ymd, b: Ymd): RangeDiff | undefined {
  const order = (x: Ymd) => (fields === 'y' ? x[0] * 10000 : fields === 'ym' ? x[0] * 10000 + x[1] * 100 : x[0] * 10000 + x[1] * 100 + x[2]);
  if (order(a) > order(b)) return undefined;
  if (a[0] !== b[0]) return 'year';
  if (fields !== 'y' && a[1] !== b[1]) return 'month';
  if (fields === 'ymd' && a[2] !== b[2]) return 'day';
  return 'none';
}

/** Years Intl writes as plain four digits. */
function inRange(year: number): boolean {
  return year >= 1000 && year <= 9999;
}
