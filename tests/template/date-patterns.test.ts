import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { captureDatePatterns, forgetDatePatterns, hasDatePatterns, intlOptions, patternDate, patternRange, type DateFields } from '../../src/template/date-patterns.js';
import { dateLocale, formatDate, formatDateRange } from '../../src/template/helpers.js';

// What Intl itself writes, with no pattern involved: the reference for every test here.
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const intlDate = (locale: string, fields: DateFields, [y, m, d]: readonly number[]) => new Intl.DateTimeFormat(locale, intlOptions(fields)).format(utc(y!, m!, d!));
const intlRange = (locale: string, fields: DateFields, a: readonly number[], b: readonly number[]) =>
  new Intl.DateTimeFormat(locale, intlOptions(fields)).formatRange(utc(a[0]!, a[1]!, a[2]!), utc(b[0]!, b[1]!, b[2]!));

const ymd = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const fields = fc.constantFrom<DateFields>('y', 'ym', 'ymd');
// The shipped languages' locales, and others whose patterns pass the checks (some only in part).
const LOCALES = ['en-GB', 'it', 'zh', 'fr', 'de', 'pl', 'ru', 'ko', 'ja'];

afterEach(() => forgetDatePatterns());

describe('date patterns taken from ICU', () => {
  it('are kept whole for the shipped languages (3 single dates, 8 kinds of range)', () => {
    for (const lang of ['en', 'it', 'zh']) expect(captureDatePatterns(dateLocale(lang))).toBe(11);
  });

  it('write every date and range as Intl does', () => {
    for (const locale of LOCALES) captureDatePatterns(locale);
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fields, ymd, ymd, (locale, f, a, b) => {
        const single = patternDate(locale, f, ...a);
        if (single !== undefined) expect(single).toBe(intlDate(locale, f, a));
        const [from, to] = [a, b].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
        const range = patternRange(locale, f, from!, to!);
        if (range !== undefined) expect(range).toBe(intlRange(locale, f, from!, to!));
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: the shipped languages answer from their patterns.
    expect(patternRange('it', 'ymd', [2010, 6, 16], [2010, 7, 3])).toBe(intlRange('it', 'ymd', [2010, 6, 16], [2010, 7, 3]));
    expect(patternRange('it', 'ymd', [2010, 6, 16], [2010, 7, 3])).toMatch(/^16 giugno\s–\s03 luglio 2010$/);
    expect(patternDate('en-GB', 'ym', 2008, 12, 1)).toBe('December 2008');
  });

  it('are not kept for a calendar other than the Gregorian, or digits other than ASCII', () => {
    expect(captureDatePatterns('th')).toBe(0); // Buddhist era
    expect(captureDatePatterns('fa')).toBe(0); // Persian calendar and digits
    expect(hasDatePatterns('th') || hasDatePatterns('fa')).toBe(false);
    expect(formatDate('2010-06-16', 'th')).toBe(intlDate('th', 'ymd', [2010, 6, 16]));
  });

  it('leave to Intl what they were not checked for: years beyond four digits, ranges that run backwards', () => {
    captureDatePatterns('en-GB');
    expect(patternDate('en-GB', 'ymd', 999, 1, 1)).toBeUndefined();
    expect(patternRange('en-GB', 'ymd', [2011, 1, 1], [2010, 1, 1])).toBeUndefined();
  });

  it('give formatDate and formatDateRange the same text with and without them', () => {
    const cases: [string, string | undefined][] = [
      ['1979-07-03', undefined], ['2008-12', undefined], ['2009', undefined], ['2010-06-16', '2010-06-23'], ['2010-06-16', '2010-07-03'],
      ['2009-06-16', '2010-07-03'], ['2010-06', '2010-07'], ['2009', '2010'], ['2010-06', '2010-06-20'], ['2010', '2010-06'],
    ];
    const all = () => ['en', 'it', 'zh'].flatMap((lang) => cases.map(([a, b]) => [formatDate(a, lang), formatDateRange(a, b, lang)]));
    const withoutPatterns = all();
    for (const lang of ['en', 'it', 'zh']) captureDatePatterns(dateLocale(lang));
    expect(all()).toEqual(withoutPatterns);
  });
});
