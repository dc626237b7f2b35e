import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStudio } from '../../src/server/serve.js';
import { request, sampleFolder, studioOn } from './http.js';

const SAMPLE = readFileSync('data/milan-shanghai.yaml', 'utf8');
let studio: RunningStudio;

beforeAll(async () => {
  studio = await studioOn(sampleFolder());
});
afterAll(() => studio.close());

describe('casebrief serve under load (loopback)', () => {
  it('answers 100 concurrent renders, all of them, while still answering other requests, in bounded memory', { timeout: 300_000 }, async () => {
    let rss = process.memoryUsage().rss;
    const others: number[] = [];
    let done = false;
    // Other requests meanwhile, one at a time: each must be answered while renders wait.
    const meanwhile = (async () => {
      while (!done) {
        const r = await request(studio.port, 'GET', '/api/case-studies');
        others.push(r.status);
        rss = Math.max(rss, process.memoryUsage().rss);
      }
    })();
    const renders = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        request(studio.port, 'POST', `/api/render?format=${i % 4 === 3 ? 'pptx' : 'pdf'}`, { headers: { 'Content-Type': 'application/yaml' }, body: SAMPLE }),
      ),
    );
    done = true;
    await meanwhile;
    expect(renders.map((r) => r.status)).toEqual(Array(100).fill(200));
    expect(renders.every((r, i) => r.body.subarray(0, 4).toString('latin1') === (i % 4 === 3 ? 'PK\u0003\u0004' : '%PDF'))).toBe(true);
    // Listing the folder went on between renders: many answers, every one of them 200.
    expect(others.length).toBeGreaterThan(10);
    expect(new Set(others)).toEqual(new Set([200]));
    expect(rss).toBeLessThan(800 * 2 ** 20);
  });
});
