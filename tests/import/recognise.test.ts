import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/import/detect-language.js';
import { findDates } from '../../src/import/find-dates.js';
import { parseClosingLine, parseSourceLine, parseTitle } from '../../src/import/frame-lines.js';
import { makeId, slug } from '../../src/import/make-id.js';
import { matchKnownHeading } from '../../src/import/match-heading.js';
import { sourceLines } from '../../src/import/source-lines.js';
import { splitSections } from '../../src/import/split-sections.js';
import { splitSentences } from '../../src/text/split-sentences.js';

describe('matchKnownHeading', () => {
  it.each([
    ['Character, start and duration of the partnership', 'character'],
    ['character , start & duration of partnership.', 'character'],
    ['Main topics and activities', 'activities'],
    ['Activities', 'activities'],
    ['KEY ACHIEVEMENTS', 'achievements'],
    ['Key achievments within the partnership', 'achievements'],
    ['Future expectations', 'future'],
    ['Expected development', 'future'],
    ['IV. Key obstacles and weaknesses', 'obstacles'],
    ['Obstacles and needs for support', 'obstacles'],
    ['伙伴关系中的主要成就', 'achievements'],
  ])('matches %j to %s', (line, kind) => {
    expect(matchKnownHeading(line)?.kind).toBe(kind);
  });

  it.each(['Partnership', 'Lessons learned', 'Key figures', 'Funding and support', 'Partnership activities with schools', 'Contacts', 'Future of the city library', '伙伴关系'])(
    'does not match %j',
    (line) => {
      expect(matchKnownHeading(line)).toBeUndefined();
    },
  );
});

describe('findDates', () => {
  const dates = (s: string) => findDates(s).map((d) => [d.value, d.words]);
  it('reads days, months and years as the survey writes them', () => {
    expect(dates('began 30 years ago, on the 3rd of July 1979, when')).toEqual([['1979-07-03', 'the 3rd of July 1979']]);
    expect(dates('signed on 1 October 2001 and July 3rd, 1979')).toEqual([
      ['2001-10-01', '1 October 2001'],
      ['1979-07-03', 'July 3rd, 1979'],
    ]);
    expect(dates('signed in December 2008, renewed in 1988')).toEqual([
      ['2008-12', 'December 2008'],
      ['1988', '1988'],
    ]);
    expect(dates('始于2009年4月17日，2012年')).toEqual([
      ['2009-04-17', '2009年4月17日'],
      ['2012', '2012年'],
    ]);
  });

  it('skips what is not a date one can place', () => {
    expect(dates('from the 16th to the 23rd of June, 600 books, 1500 participants, the 1990s, 30 years ago')).toEqual([]);
    expect(dates('it may 2005 be').map((d) => d[1])).toEqual(['2005']);
    expect(dates('on 31 February 2001')).toEqual([['2001-02', 'February 2001']]);
  });

  it('marks a year that follows a capitalised word as part of a name', () => {
    expect(findDates('at Expo 2010 Shanghai, in 2009').map((d) => [d.value, d.inName])).toEqual([
      ['2010', true],
      ['2009', false],
    ]);
  });
});

describe('the frame lines', () => {
  it('reads the title, with or without countries, in English or Chinese', () => {
    expect(parseTitle('Milan (Italy) and Shanghai')).toEqual([{ name: 'Milan', country: 'Italy' }, { name: 'Shanghai' }]);
    expect(parseTitle('Lyon (France) & Guangzhou (China)')).toEqual([
      { name: 'Lyon', country: 'France' },
      { name: 'Guangzhou', country: 'China' },
    ]);
    expect(parseTitle('Stratford-upon-Avon and Dali')).toEqual([{ name: 'Stratford-upon-Avon' }, { name: 'Dali' }]);
    expect(parseTitle('成都（中国）和波恩')).toEqual([{ name: '成都', country: '中国' }, { name: '波恩' }]);
    expect(parseTitle('Meeting notes')).toBeUndefined();
  });

  it('reads the Source line and the closing line', () => {
    expect(parseSourceLine('Source : International Affairs Office City of Milan')).toBe('International Affairs Office City of Milan');
    expect(parseSourceLine('Sources of funding are scarce.')).toBeUndefined();
    expect(parseClosingLine('This case study belongs to the file « Europe - China Exchange Platform Survey »')).toBe('Europe - China Exchange Platform Survey');
    expect(parseClosingLine('This case study belongs to the file "EU Survey".')).toBe('EU Survey');
    expect(parseClosingLine('本案例研究属于《欧洲－中国交流平台调查》文件')).toBe('欧洲－中国交流平台调查');
  });
});

describe('ids, sentences and language', () => {
  it('folds names to ASCII ids', () => {
    expect(slug('Zürich')).toBe('zurich');
    expect(slug('Saint-Étienne')).toBe('saint-etienne');
    expect(slug('Gießen')).toBe('giessen');
    expect(makeId(['Milan', 'Shanghai'], 'x.txt')).toEqual({ id: 'milan-shanghai', fromCities: true });
    expect(makeId(['成都', '波恩'], 'texts/成都.txt')).toEqual({ id: 'case-study', fromCities: false });
  });

  it('splits sentences without breaking at abbreviations', () => {
    expect(splitSentences('Expo 2015 S.p.a., the CCPIT. Mr. Li came. Theme. « Milan Creative » is it。下一句。')).toEqual([
      'Expo 2015 S.p.a., the CCPIT.',
      'Mr. Li came.',
      'Theme.',
      '« Milan Creative » is it。',
      '下一句。',
    ]);
  });

  it('detects the language, English unless another clearly wins', () => {
    expect(detectLanguage('The partnership between Milan and Shanghai began in 1979 with a summit.')).toBe('en');
    expect(detectLanguage('Il partenariato tra Milano e Shanghai è nato nel 1979 con una dichiarazione di intenti che per la città e per gli scambi della cultura')).toBe('it');
    expect(detectLanguage('成都与波恩的伙伴关系始于2009年。')).toBe('zh');
    expect(detectLanguage('Milan and Shanghai: Para ir más allá, the end.')).toBe('en');
  });
});

describe('splitSections', () => {
  const parts = (text: string) => splitSections(sourceLines(text));

  it('takes a short line without a final period, followed by a paragraph, as a heading', () => {
    const p = parts('A (B) and C\n\nSource : X\n\nKey achievements within the partnership\nA library opened.\nContacts\nWrite to the office of the mayor.\n');
    expect(p.source).toBe('X');
    expect(p.sections.map((s) => [s.kind, s.heading, s.paragraphs])).toEqual([
      ['achievements', 'Key achievements within the partnership', ['A library opened.']],
      ['other', 'Contacts', ['Write to the office of the mayor.']],
    ]);
  });

  it('keeps text before the first heading and lines after the closing line apart', () => {
    const p = parts('A (B) and C\nAn introduction.\nKey achievements\nA library opened.\nThis case study belongs to the file « S »\nPara ir más allá\n');
    expect(p.preamble.map((l) => l.text)).toEqual(['An introduction.']);
    expect(p.collection).toBe('S');
    expect(p.trailing).toEqual([{ text: 'Para ir más allá', line: 6 }]);
  });

  it('joins a hard-wrapped paragraph, but not a heading and its paragraph', () => {
    const p = parts('A (B) and C\nKey achievements\nThe library opened in\nMarch 2006 and it\nhas grown since.\n');
    expect(p.sections[0]!.paragraphs).toEqual(['The library opened in March 2006 and it has grown since.']);
  });
});
