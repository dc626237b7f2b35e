import { describe, expect, it } from 'vitest';
import { CaseStudyError, type Problem } from '../../src/errors.js';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { sampleWith } from '../helpers/case-study.js';

/** The problems a case study is refused with (fails when it is accepted). */
function problems(text: string): Problem[] {
  try {
    parseCaseStudy(text, { file: 'case.yaml' });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.problems;
    throw err;
  }
  throw new Error('the case study was accepted');
}

/** Line and column (1-based) of the first `find` in `text`. */
function at(text: string, find: string): { line: number; col: number } {
  const before = text.slice(0, text.indexOf(find)).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

describe('timeline dates', () => {
  it('refuses an end before its date, at the end, saying how to fix it', () => {
    const text = sampleWith('end: 2010-06-23', 'end: 2009-06-30');
    expect(problems(text)).toEqual([
      { file: 'case.yaml', ...at(text, '2009-06-30'), message: '`timeline[4].end` (2009-06-30) is before `date` (2010-06-16); swap them or correct the year' },
    ]);
  });

  it('compares a date and an end at the precision both have', () => {
    expect(() => parseCaseStudy(sampleWith('end: 2010-06-23', 'end: 2010-06'), { file: 'case.yaml' })).not.toThrow();
    expect(() => parseCaseStudy(sampleWith('end: 2010-06-23', 'end: 2011'), { file: 'case.yaml' })).not.toThrow();
    expect(problems(sampleWith('end: 2010-06-23', 'end: 2010-05'))[0]?.message).toMatch(/`timeline\[4\]\.end` \(2010-05\) is before `date` \(2010-06-16\)/);
    expect(problems(sampleWith('end: 2010-06-23', 'end: 2009'))[0]?.message).toMatch(/\(2009\) is before `date` \(2010-06-16\)/);
  });

  it('says only that a malformed date is malformed, not that it comes before the other', () => {
    const found = problems(sampleWith('end: 2010-06-23', 'end: 2010-02-30'));
    expect(found.map((p) => p.message)).toEqual(['`timeline[4].end` is not a real date (check the month and the day)']);
  });
});

describe('years before 1000', () => {
  it('are refused where they are written, with the year named, rather than read as 19xx', () => {
    const text = sampleWith('date: 2010-06-16', 'date: 0050-03-04');
    expect(problems(text)).toEqual([
      {
        file: 'case.yaml',
        ...at(text, '0050-03-04'),
        message: '`timeline[4].date` has the year 0050, before 1000, which is most often a slip (such as 0050 for 1950); write the year in full',
      },
    ]);
  });

  it('are refused as a bare number, and as the partnership’s start', () => {
    expect(problems(sampleWith('date: 2010-06-16', 'date: 50'))[0]?.message).toBe('`timeline[4].date` must be at least 1000');
    expect(problems(sampleWith('start: 1979-07-03', 'start: 0979-07-03'))[0]?.message).toMatch(/^`partnership\.start` has the year 0979, before 1000/);
  });

  it('leave the year 1000 and later alone', () => {
    expect(() => parseCaseStudy(sampleWith('date: 2010-06-16', 'date: 1000-01-01'), { file: 'case.yaml' })).not.toThrow();
  });
});
