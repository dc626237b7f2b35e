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
