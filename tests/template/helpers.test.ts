import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, helpers, nextRoundAnniversary, ordinal, yearsBetween } from '../../src/template/helpers.js';

describe('template helpers', () => {
  it('formats days, months and years', () => {
    expect(formatDate('1979-07-03', 'en')).toBe('3 July 1979');
    expect(formatDate('2008-12', 'en')).toBe('December 2008');
    expect(formatDate('2009', 'en')).toBe('2009');
  });

  it('formats a span of days compactly', () => {
    expect(formatDateRange('2010-06-16', '2010-06-23', 'en')).toMatch(/^16\s?–\s?23 June 2010$/);
    expect(formatDateRange('2010-06-16', undefined, 'en')).toBe('16 June 2010');
  });

  it('counts whole years, turning over on the anniversary', () => {
    expect(yearsBetween('1979-07-03', '2029-07-02')).toBe(49);
    expect(yearsBetween('1979-07-03', '2029-07-03')).toBe(50);
    expect(yearsBetween('1979-07-03', '2026-11-29')).toBe(47);
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 25, 50].map((n) => ordinal(n, 'en'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '25th', '50th']);
  });

  it('gives templates the sentences of a text, without losing a character', () => {
    const text = 'The Peoples Republic of China was first. An agreement between Expo 2015 S.p.a., the CCPIT and ICE followed.';
    const parts = helpers.sentences!(text, 'en', {}) as string[];
    expect(parts).toHaveLength(2);
    expect(parts.join(' ')).toBe(text);
  });
});

describe('anniversaries and languages', () => {
  it('finds the next round anniversary, or today’s when it is the day', () => {
    expect(nextRoundAnniversary('1979-07-03', '2026-11-29')).toEqual({ n: 50, date: '2029-07-03' });
    expect(nextRoundAnniversary('1979-07-03', '2029-07-03')).toEqual({ n: 50, date: '2029-07-03' });
    expect(nextRoundAnniversary('1979-07-03', '2029-07-04')).toEqual({ n: 55, date: '2034-07-03' });
    expect(nextRoundAnniversary('2024-01-01', '2024-06-01')).toEqual({ n: 5, date: '2029-01-01' });
  });

  it('formats dates in Italian and Chinese with Intl', () => {
    expect(formatDate('1979-07-03', 'it')).toBe('3 luglio 1979');
    expect(formatDate('1979-07-03', 'zh')).toBe('1979年7月3日');
    expect(formatDateRange('2010-06-16', '2010-06-23', 'zh')).toBe('2010年6月16日至23日');
    expect(ordinal(50, 'it')).toBe('50°');
  });
});
