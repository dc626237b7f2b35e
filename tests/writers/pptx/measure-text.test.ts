import { describe, expect, it } from 'vitest';
import { charWidth, textWidth, wrapRuns } from '../../../src/writers/pptx/measure-text.js';
import type { PlanRun } from '../../../src/writers/pptx/slide-plan.js';

const run = (text: string, bold = false): PlanRun => ({ text, lang: 'en', ...(bold ? { bold: true } : {}) });

describe('measuring deck text', () => {
  it('measures Calibri text with Carlito advance widths', () => {
    // Carlito (= Calibri) "H" is 1276/2048 em and the space 463/2048 em.
    expect(charWidth('H'.codePointAt(0)!)).toBeCloseTo(1276 / 2048, 4);
    expect(textWidth('H H', 20)).toBeCloseTo(((2 * 1276 + 463) / 2048) * 20, 3);
    expect(textWidth('Milan', 20, true)).toBeGreaterThan(textWidth('Milan', 20));
  });

  it('counts a Chinese ideograph as one em', () => {
    expect(textWidth('上海米兰', 18)).toBeCloseTo(72, 3);
  });

  it('wraps after spaces, never past the width', () => {
    const text = 'The partnership between Milan and Shanghai began 30 years ago, on the 3rd of July 1979.';
    const lines = wrapRuns([run(text)], 22, 300);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(300);
    for (const l of lines.slice(1)) expect(text[l.start - 1]).toBe(' ');
    expect(lines.at(-1)!.end).toBe(text.length);
  });

  it('measures runs of equal text but another weight, or split otherwise, each as they are', () => {
    const text = 'Milan and Shanghai began 30 years ago';
    const regular = wrapRuns([run(text)], 20, 10_000)[0]!.width;
    expect(regular).toBeCloseTo(textWidth(text, 20), 6);
    // Measures are remembered by text and weight: the bold run must not take the regular one's.
    expect(wrapRuns([run(text, true)], 20, 10_000)[0]!.width).toBeCloseTo(textWidth(text, 20, true), 6);
    expect(wrapRuns([run('Milan and '), run('Shanghai began 30 years ago', true)], 20, 10_000)[0]!.width).toBeCloseTo(
      textWidth('Milan and ', 20) + textWidth('Shanghai began 30 years ago', 20, true),
      6,
    );
    // A Greek letter comes from a subset opened only when a character needs it.
    expect(charWidth('Ω'.codePointAt(0)!)).toBeGreaterThan(0.3);
    expect(charWidth('Ω'.codePointAt(0)!)).toBeLessThan(1);
  });

  it('breaks Chinese between ideographs but not before closing punctuation', () => {
    const text = '两市在经济、文化和教育领域开展了广泛的合作。';
    const lines = wrapRuns([{ text, lang: 'zh-CN', eastAsian: true }], 18, 18 * 5.5);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect('、。'.includes(text[l.start]!)).toBe(false);
  });

  it('breaks a word wider than the line between its letters', () => {
    const lines = wrapRuns([run('Supercalifragilisticexpialidocious')], 22, 100);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(100);
  });
});
