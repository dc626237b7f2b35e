import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { foldedScalar, inlineScalar } from '../../src/import/fold-scalar.js';

/** Text made of words, runs of spaces, tabs and characters YAML treats specially. */
const awkward = fc
  .array(
    fc.constantFrom('word', 'Expo', '2015.', '#', ': ', '- ', '  ', ' ', '\t', '"', "'", '«', '上海', '>', '|', '%', '@', '`', 'a'.repeat(120), ' \u00a0', '\u2028', '\u0085'),
    { minLength: 1, maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('foldedScalar', () => {
  it('gives back exactly the text when parsed, or refuses', () => {
    fc.assert(
      fc.property(awkward, fc.integer({ min: 2, max: 10 }), (text, indent) => {
        const block = foldedScalar(text, indent);
        const yaml = block ? `k: >-\n${block.join('\n')}\n` : `k: ${inlineScalar(text)}\n`;
        expect(parse(yaml).k).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('folds ordinary prose within 96 columns and refuses text with edges of whitespace', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const block = foldedScalar(prose, 8)!;
    expect(block.length).toBeGreaterThan(2);
    expect(block.every((l) => l.length <= 96 && l.startsWith('        ') && !l.startsWith('         '))).toBe(true);
    expect(foldedScalar(' leading', 8)).toBeUndefined();
    expect(foldedScalar('', 8)).toBeUndefined();
  });

  it('never breaks at a double space, which folding would not give back', () => {
    const text = `${'x'.repeat(80)}  ${'y'.repeat(30)}`;
    const block = foldedScalar(text, 8);
    expect(block).toEqual([`        ${text}`]);
  });
});
