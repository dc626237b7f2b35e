// Timing and peak memory of whole processes: wall time from spawn to exit, peak resident
// set size and CPU time (user + system, every thread) from GNU time (%M kilobytes, %U %S seconds;
// worker threads live in the same process).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command once: { seconds, peakMB, code, stderr }. */
export function runOnce(command, args, options = {}) {
  const withTime = existsSync(TIME);
  const [file, argv] = withTime ? [TIME, ['-f', '@@peak %M %U %S', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peak = /@@peak (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve({
        seconds,
        peakMB: peak ? Number(peak[1]) / 1024 : NaN,
        cpuSeconds: peak ? Number(peak[2]) + Number(peak[3]) : NaN,
        code,
        stderr: stderr.replace(/@@peak [\d. ]+\n?/, ''),
      });
    });
  });
}

/** Runs a command `runs` times (after `warmup` unmeasured runs): medians of time and peak memory. */
export async function measure(command, args, { runs = 7, warmup = 1, options, before } = {}) {
  for (let i = 0; i < warmup; i++) await runOnce(command, args, options);
  const results = [];
  for (let i = 0; i < runs; i++) {
    await before?.(i);
    const r = await runOnce(command, args, options);
    if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
    results.push(r);
  }
  return summary(results);
}

/** Medians of wall time, peak memory and CPU time, and every run's wall time. */
function summary(results) {
  return {
    seconds: median(results.map((r) => r.seconds)),
    peakMB: median(results.map((r) => r.peakMB)),
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
    all: results.map((r) => r.seconds),
  };
}

/**
 * Runs several commands in turns, one run of each per round, after `warmup` unmeasured rounds, so
 * that each sees the same moments of a machine whose speed drifts: for ratios between them.
 * Returns one `measure`-like result per command, in order.
 */
export async function measureInTurns(commands, { runs = 7, warmup = 1, options } = {}) {
  for (let i = 0; i < warmup; i++) for (const { command, args } of commands) await runOnce(command, args, options);
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, { command, args }] of commands.entries()) {
      const r = await runOnce(command, args, options);
      if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.stderr}`);
      results[k].push(r);
    }
  }
  return results.map(summary);
}
