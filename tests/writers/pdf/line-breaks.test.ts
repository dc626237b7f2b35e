import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../../src/writers/pdf/line-breaks.js';

/** The text with `|` at every allowed break. */
const marked = (text: string) => {
  const chars = [...text];
  const breaks = breakOpportunities(chars);
  return chars.map((ch, i) => (breaks[i] ? `|${ch}` : ch)).join('');
};

describe('breakOpportunities', () => {
  it('breaks Latin text after spaces and after hyphens between letters', () => {
    expect(marked('a sister-city link')).toBe('a |sister-|city |link');
  });

  it('does not break a minus sign or a dash with spaces from its word', () => {
    expect(marked('x -5')).toBe('x |-5');
    expect(marked('engines – Shanghai')).toBe('engines |– |Shanghai');
  });

  it('keeps French spacing punctuation with its word', () => {
    expect(marked('Milan : how « Better » city')).toBe('Milan : |how |« Better » |city');
  });

  it('breaks Chinese between characters', () => {
    expect(marked('上海是中国')).toBe('上|海|是|中|国');
  });

  it('never breaks before closing punctuation nor after opening punctuation', () => {
    expect(marked('城市，也是「经济」中心。')).toBe('城|市，|也|是|「经|济」|中|心。');
    expect(marked('（姐妹城市）')).toBe('（姐|妹|城|市）');
  });

  it('allows a break where Chinese meets Latin text, but not inside a Latin word', () => {
    expect(marked('Expo上海')).toBe('Expo|上|海');
    expect(marked('上海Expo')).toBe('上|海|Expo');
  });

  it('never breaks before a combining mark', () => {
    expect(marked('cafe\u0301 au')).toBe('cafe\u0301 |au');
  });
});
