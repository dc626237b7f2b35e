import { beforeAll, describe, expect, it } from 'vitest';
import type { FaceRun } from '../../../src/writers/pdf/face-runs.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import { setLines } from '../../../src/writers/pdf/set-lines.js';

let measurer: Measurer;
beforeAll(async () => {
  measurer = await fontMeasurer();
});

const run = (text: string): FaceRun => ({ text, face: 'latin' });
const lineText = (line: { fragments: { text: string }[] }) => line.fragments.map((f) => f.text).join('');

describe('setLines', () => {
  it('keeps every line within the measure and every word in order', () => {
    const text = 'The partnership between Milan and Shanghai began on the 3rd of July 1979, when the cities discovered common interests.';
    const lines = setLines([run(text)], 150, 10.5, measurer);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(lines.map(lineText).join(' ')).toBe(text);
  });

  it('wraps a URL longer than the line by character, losing nothing', () => {
    const url = 'https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line/of/the/column';
    const lines = setLines([run(`See ${url} now`)], 120, 10, measurer);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map(lineText).join('').replaceAll(' ', '')).toBe(`See${url}now`);
  });

  it('places fragments of different faces one after another on the line', () => {
    const lines = setLines([run('Milan · '), { text: '米兰', face: 'cjk', lang: 'zh' }, run(' — Italy')], 400, 12, measurer);
    expect(lines).toHaveLength(1);
    const [a, b, c] = lines[0]!.fragments;
    expect(b).toMatchObject({ text: '米兰', face: 'cjk', lang: 'zh' });
    expect(b!.x).toBeCloseTo(a!.x + a!.width, 5);
    expect(c!.x).toBeCloseTo(b!.x + b!.width, 5);
    expect(b!.width).toBeCloseTo(24, 0);
  });

  it('never starts a line with Chinese closing punctuation', () => {
    const text = '上海是中国最大的城市，也是重要的经济中心。米兰与上海于一九七九年结为友好城市。';
    for (const width of [40, 55, 61, 73, 90, 110]) {
      for (const line of setLines([{ text, face: 'cjk' }], width, 10, measurer)) {
        expect(lineText(line)).not.toMatch(/^[，。、）」]/);
      }
    }
  });
});
