import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyYamlEdits, YamlEditError } from '../../src/server/yaml-edit.js';

const SAMPLE = readFileSync('data/milan-shanghai.yaml', 'utf8');
const lines = (t: string) => t.split('\n');
/** Lines of `after` that are not in `before` (as a multiset), to see how much an edit touched. */
function changedLines(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const l of lines(before)) left.set(l, (left.get(l) ?? 0) + 1);
  return lines(after).filter((l) => {
    const n = left.get(l) ?? 0;
    if (n) left.set(l, n - 1);
    return !n;
  });
}

describe('structured edits of case-study YAML', () => {
  it('replaces a text, number or folded paragraph in place, every other byte kept', () => {
    const after = applyYamlEdits(SAMPLE, [
      { path: ['partnership', 'instrument'], value: 'Memorandum: of Understanding' },
      { path: ['key_figures', 1, 'value'], value: 601 },
      { path: ['sections', 4, 'paragraphs', 0], value: 'Distance slows the communication between the cities.\nA second paragraph line.' },
      { path: ['timeline', 1, 'event'], value: '25th anniversary.' },
    ]);
    const data = parse(after);
    expect(data.partnership.instrument).toBe('Memorandum: of Understanding');
    expect(data.key_figures[1].value).toBe(601);
    expect(data.sections[4].paragraphs[0]).toBe('Distance slows the communication between the cities.\nA second paragraph line.');
    expect(data.timeline[1].event).toBe('25th anniversary.');
    // The folded paragraph stays folded (>-) and the rest of the file is as it was.
    expect(after).toContain('      - >-\n        Distance slows the communication between the cities.\n\n        A second paragraph line.\n');
    expect(changedLines(SAMPLE, after).sort()).toEqual(
      [
        '  instrument: "Memorandum: of Understanding"',
        '        Distance slows the communication between the cities.',
        '',
        '        A second paragraph line.',
        '      25th anniversary.',
        '  - value: 601',
      ].sort(),
    );
  });

  it('adds and removes items and keys through the Document API, keeping comments and key order', () => {
    const after = applyYamlEdits(SAMPLE, [
      { path: ['sections', 3, 'paragraphs', 1], value: 'An added paragraph.' },
      { path: ['links'], value: [{ label: 'City of Milan', url: 'https://www.comune.milano.it' }] },
      { path: ['collection'] },
      { path: ['cities', 0, 'names', 'fr'], value: 'Milan' },
    ]);
    const data = parse(after);
    expect(data.sections[3].paragraphs).toHaveLength(2);
    expect(data.links).toEqual([{ label: 'City of Milan', url: 'https://www.comune.milano.it' }]);
    expect(data.collection).toBeUndefined();
    expect(data.cities[0].names).toEqual({ it: 'Milano', zh: '米兰', fr: 'Milan' });
    const comments = (t: string) => lines(t).filter((l) => l.trim().startsWith('#'));
    expect(comments(after)).toEqual(comments(SAMPLE));
    expect(Object.keys(data)).toEqual([...Object.keys(parse(SAMPLE)).filter((k) => k !== 'collection'), 'links']);
    // Paragraphs are folded back at the width the file uses: few lines change besides those edited.
    expect(changedLines(SAMPLE, after).length).toBeLessThan(12);
  });

  it('any text written into a paragraph reads back as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (text) => {
        const after = applyYamlEdits(SAMPLE, [{ path: ['sections', 0, 'paragraphs', 0], value: text }]);
        expect(parse(after).sections[0].paragraphs[0]).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('moves a list item with its comments, leaving the rest of the text as it was', () => {
    const withComment = SAMPLE.replace('  - kind: future\n', '  # The outlook, as the survey gives it.\n  - kind: future\n');
    const after = applyYamlEdits(withComment, [{ path: ['sections', 3], to: 0 }]);
    const before = parse(withComment);
    const data = parse(after);
    expect(data.sections.map((s: { kind: string }) => s.kind)).toEqual(['future', 'character', 'activities', 'achievements', 'obstacles']);
    expect(data.sections[0]).toEqual(before.sections[3]);
    expect(after.indexOf('# The outlook, as the survey gives it.')).toBeLessThan(after.indexOf('- kind: future'));
    expect(after.indexOf('- kind: future')).toBeLessThan(after.indexOf('- kind: character'));
    // Every line is still there; moving down and back up gives the text back.
    expect(changedLines(withComment, after)).toEqual([]);
    expect(applyYamlEdits(after, [{ path: ['sections', 0], to: 3 }])).toBe(withComment);
    expect(applyYamlEdits(SAMPLE, [{ path: ['timeline', 2], to: 2 }])).toBe(SAMPLE);
  });

  it('refuses moves it cannot make', () => {
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['sections', 1], to: 5 }])).toThrow(/from 0 to 4/);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['sections', 9], to: 0 }])).toThrow(/no item 9/);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['title'], to: 0 }])).toThrow(/only a list item/);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['sections', 0], to: 1.5 }])).toThrow(/whole number/);
  });

  it('refuses edits it cannot make', () => {
    expect(() => applyYamlEdits('id: [unclosed\n', [{ path: ['id'], value: 'x' }])).toThrow(YamlEditError);
    expect(() => applyYamlEdits(SAMPLE, [{ path: [], value: 'x' }])).toThrow(YamlEditError);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['id', 'inner'], value: 'x' }])).toThrow(/single value/);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['sections', 9], value: 'x' }])).toThrow(/past the end/);
    expect(() => applyYamlEdits(SAMPLE, [{ path: ['sections', 'first'], value: 'x' }])).toThrow(/numbered/);
  });
});
