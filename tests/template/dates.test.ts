import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, helpers, nextRoundAnniversary, yearsBetween } from '../../src/template/helpers.js';

describe('dates in a language’s words', () => {
  it('writes every month of the year in each shipped language', () => {
    const months = (lang: string) => Array.from({ length: 12 }, (_, m) => formatDate(`2026-${String(m + 1).padStart(2, '0')}-01`, lang));
    expect(months('en')).toContain('1 September 2026');
    expect(months('it')).toContain('1 settembre 2026');
    expect(months('zh')).toContain('2026年9月1日');
    expect(new Set(months('en')).size).toBe(12);
  });

  it('writes a month alone, and a year as its digits', () => {
    expect(formatDate('2008-12', 'it')).toBe('dicembre 2008');
    expect(formatDate('2008-12', 'zh')).toBe('2008年12月');
    expect(formatDate('2009', 'zh')).toBe('2009');
  });

  it('writes ranges that share their month, their year, or nothing', () => {
    expect(formatDateRange('2010-06-16', '2010-07-02', 'en')).toMatch(/^16 June\s?–\s?2 July 2010$/);
    expect(formatDateRange('2010-12-30', '2011-01-02', 'en')).toMatch(/^30 December 2010\s?–\s?2 January 2011$/);
    expect(formatDateRange('2010-06-16', '2010-06-23', 'it')).toBe('16–23 giugno 2010');
    expect(formatDateRange('2010-06-16', '2010-07-02', 'zh')).toBe('2010年6月16日至7月2日');
    expect(formatDateRange('2010-06', '2011-02', 'zh')).toBe('2010年6月至2011年2月');
  });

  it('shows a range of a month and a day at the month', () => {
    expect(formatDateRange('2010-06', '2010-08-15', 'en')).toMatch(/^June\s?–\s?August 2010$/);
  });

  it('never turns a year before 100 into the 20th century', () => {
    expect(formatDate('0050-03-04', 'en')).toBe('4 March 50');
    expect(formatDate('0050-03-04', 'zh')).toBe('50年3月4日');
    expect(formatDateRange('0050-03-04', '0050-03-09', 'en')).not.toMatch(/19/);
  });

  it('formats any day of years 1000 to 9999 with the day, month and year it names', () => {
    const day = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
    fc.assert(
      fc.property(day, ([y, m, d]) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(formatDate(iso, 'zh')).toBe(`${y}年${m}月${d}日`);
        expect(formatDate(iso, 'en')).toMatch(new RegExp(`^${d} \\p{L}+ ${y}$`, 'u'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ages and anniversaries', () => {
  it('gives no age, rather than a negative one, on a day before the start', () => {
    expect(yearsBetween('1979-07-03', '1979-07-02')).toBeUndefined();
    expect(yearsBetween('1979-07-03', '1970-01-01')).toBeUndefined();
    expect(yearsBetween('1979-07-03', '1979-07-03')).toBe(0);
    expect(helpers.yearsSince!('1979-07-03', '1970-01-01', {})).toBe('');
  });

  it('names the 5th anniversary as the next one on a day before the start', () => {
    expect(nextRoundAnniversary('1979-07-03', '1970-01-01')).toEqual({ n: 5, date: '1984-07-03' });
    expect(nextRoundAnniversary('1979-07-03', '1979-07-03')).toEqual({ n: 5, date: '1984-07-03' });
  });
});
