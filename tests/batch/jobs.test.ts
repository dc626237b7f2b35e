import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/batch/jobs.js';

const GB = 2 ** 30;

describe('the default number of case studies built at once', () => {
  it('is one thread for a few case studies, whatever the cores: a second thread would start cold for too little work', () => {
    expect(defaultJobs(1, { cores: 8, freeBytes: 16 * GB })).toBe(1);
    expect(defaultJobs(40, { cores: 8, freeBytes: 16 * GB })).toBe(1);
  });

  it('adds a thread for each 32 case studies, up to one per core', () => {
    expect(defaultJobs(64, { cores: 8, freeBytes: 16 * GB })).toBe(2);
    expect(defaultJobs(100, { cores: 8, freeBytes: 16 * GB })).toBe(3);
    expect(defaultJobs(200, { cores: 2, freeBytes: 16 * GB })).toBe(2);
    expect(defaultJobs(10_000, { cores: 4, freeBytes: 16 * GB })).toBe(4);
    expect(defaultJobs(10_000, { cores: 1, freeBytes: 16 * GB })).toBe(1);
  });

  it('keeps 256 MB of free memory for each thread', () => {
    expect(defaultJobs(10_000, { cores: 8, freeBytes: 0.6 * GB })).toBe(2);
    expect(defaultJobs(10_000, { cores: 8, freeBytes: 0.1 * GB })).toBe(1);
  });
});
