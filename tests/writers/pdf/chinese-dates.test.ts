import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../../src/writers/pdf/line-breaks.js';

/** The text with `|` at every allowed break. */
const marked = (text: string) => {
  const chars = [...text];
  const breaks = breakOpportunities(chars);
  return chars.map((ch, i) => (breaks[i] ? `|${ch}` : ch)).join('');
};

describe('Chinese dates in the PDF’s lines', () => {
  it('never break inside a date; a range may break only between its two ends', () => {
    expect(marked('2010年6月16日至23日')).toBe('2010年6月16日|至23日');
    expect(marked('2010年6月至2011年2月')).toBe('2010年6月|至2011年2月');
    expect(marked('２０１０年６月１６日')).toBe('２０１０年６月１６日');
  });

  it('keep their places to break in the text around them', () => {
    expect(marked('始于2009年的伙伴关系')).toBe('始|于|2009年|的|伙|伴|关|系');
    expect(marked('截至2026年1月1日共46年')).toBe('截|至2026年1月1日|共|46年');
  });
});
