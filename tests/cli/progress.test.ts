import { describe, expect, it } from 'vitest';
import { progressReporter, type ProgressMode } from '../../src/cli/progress.js';

function run(mode: ProgressMode, colour = false) {
  const written: string[] = [];
  let clock = 0;
  const p = progressReporter(2, { write: (t) => written.push(t), mode, colour, columns: 200 }, () => clock);
  p.started('data/a.yaml');
  clock = 1000;
  p.finished({ input: 'data/a.yaml', ok: true, outputs: ['out/a.pdf'], warnings: [], ms: 1000 });
  p.started('data/b.yaml');
  clock = 1500;
  p.finished({ input: 'data/b.yaml', ok: false, errors: ['data/b.yaml:3:1: bad'], ms: 500 });
  p.end();
  return written.join('');
}

describe('progressReporter', () => {
  it('prints one plain line per file when not on a terminal', () => {
    expect(run('lines')).toBe('[1/2] data/a.yaml: ok → out/a.pdf (1.0s)\n[2/2] data/b.yaml: failed (0.5s)\n');
  });

  it('keeps a live line with done/total, the current file, elapsed time and an estimate', () => {
    const out = run('live');
    expect(out).toContain('\r\x1b[2K[1/2] data/b.yaml  elapsed 1.0s, about 1.0s left');
    expect(out).toContain('data/b.yaml: failed\n');
    expect(out.endsWith('[2/2] done in 1.5s\n')).toBe(true);
  });

  it('prints nothing when quiet, and colours only when asked', () => {
    expect(run('quiet')).toBe('');
    expect(run('lines', true)).toContain('\x1b[31mfailed\x1b[0m');
    expect(run('lines', false)).not.toContain('\x1b[');
  });
});
