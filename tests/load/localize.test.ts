import { describe, expect, it } from 'vitest';
import { localize } from '../../src/load/localize.js';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { sampleText } from '../helpers/case-study.js';

const multilingual = sampleText().replace(
  'title: Milan (Italy) and Shanghai',
  'title:\n  en: Milan (Italy) and Shanghai\n  it: Milano (Italia) e Shanghai\n  zh: 米兰（意大利）与上海',
);

describe('localize', () => {
  it('uses plain strings as they are in the case study’s own language', () => {
    const { data, fallbacks } = localize(parseCaseStudy(sampleText(), { file: 'x.yaml' }).data, 'en');
    expect(data.title).toBe('Milan (Italy) and Shanghai');
    expect(fallbacks).toEqual([]);
  });

  it('picks the asked language from a mapping of translations', () => {
    const cs = parseCaseStudy(multilingual, { file: 'x.yaml' }).data;
    expect(localize(cs, 'it').data.title).toBe('Milano (Italia) e Shanghai');
    expect(localize(cs, 'zh-CN').data.title).toBe('米兰（意大利）与上海');
  });

  it('keeps the original where a text has no translation, and lists those fields', () => {
    const { data, fallbacks } = localize(parseCaseStudy(multilingual, { file: 'x.yaml' }).data, 'it');
    expect(data.sections[4]?.paragraphs[0]).toMatch(/^The geographical distance/);
    expect(fallbacks).not.toContain('title');
    expect(fallbacks).toContain('sections[4].paragraphs[0]');
    expect(fallbacks).toContain('partnership.instrument');
  });

  it('never changes the caller’s case study', () => {
    const cs = parseCaseStudy(multilingual, { file: 'x.yaml' }).data;
    const before = JSON.stringify(cs);
    localize(cs, 'zh');
    expect(JSON.stringify(cs)).toBe(before);
  });
});
