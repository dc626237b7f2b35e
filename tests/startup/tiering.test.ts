// A process started from the snapshot runs without TurboFan until the work is known to be long.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-tiering-'));
const small = path.join(dir, 'small.yaml');
const large = path.join(dir, 'large.yaml');
writeFileSync(small, 'x'.repeat(6_000));
writeFileSync(large, 'x'.repeat(16 * 1024));

// Each test gets the module afresh (its state is the process's), and V8's flags are left alone.
let tiering: typeof import('../../src/startup/tiering.js');
let setFlags: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  vi.resetModules();
  vi.useFakeTimers();
  setFlags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
  tiering = await import('../../src/startup/tiering.js');
});
afterEach(() => {
  vi.useRealTimers();
  setFlags.mockRestore();
});

describe('when TurboFan comes back on', () => {
  it('is on, and never touched, in a process started with it (not from the snapshot)', () => {
    tiering.optimizeLater();
    vi.advanceTimersByTime(1000);
    tiering.optimizeFor([large, small]);
    tiering.optimizeNow();
    expect(setFlags).not.toHaveBeenCalled();
    expect(tiering.optimizingCompiler()).toBe('on');
  });

  it('after 250 ms, for a process started without it', () => {
    tiering.optimizeLater(true);
    expect(tiering.optimizingCompiler()).toBe('off for the first 250 ms');
    vi.advanceTimersByTime(249);
    expect(setFlags).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(setFlags).toHaveBeenCalledExactlyOnceWith('--turbofan');
    expect(tiering.optimizingCompiler()).toBe('on');
  });

  it('at once for several case studies or one of 16 kB or more, not for one small one', () => {
    tiering.optimizeLater(true);
    tiering.optimizeFor([small]);
    tiering.optimizeFor([path.join(dir, 'missing.yaml')]);
    expect(setFlags).not.toHaveBeenCalled();
    tiering.optimizeFor([large]);
    expect(setFlags).toHaveBeenCalledExactlyOnceWith('--turbofan');
    // Once on, nothing more happens, the timer included.
    tiering.optimizeFor([small, large]);
    vi.advanceTimersByTime(1000);
    expect(setFlags).toHaveBeenCalledTimes(1);
  });

  it('at once for several small ones', () => {
    tiering.optimizeLater(true);
    tiering.optimizeFor([small, small]);
    expect(setFlags).toHaveBeenCalledExactlyOnceWith('--turbofan');
  });
});
