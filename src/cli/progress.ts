import type { BuildOutcome } from '../batch/build-settings.js';

/** How progress is shown: a live line on a terminal, a line per file in logs, or nothing. */
export type ProgressMode = 'live' | 'lines' | 'quiet';

/** Where progress goes, and whether it may use colour (NO_COLOR turns it off). */
export interface ProgressTarget {
  write(text: string): void;
  mode: ProgressMode;
  colour: boolean;
  columns?: number;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** Tracks a batch and prints its progress; returns the callbacks runBatch takes. */
export function progressReporter(total: number, target: ProgressTarget, now: () => number = () => performance.now()) {
  const start = now();
  let done = 0;
  let current = '';
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

  const liveLine = () => {
    const elapsed = now() - start;
    const eta = done ? (elapsed / done) * (total - done) : undefined;
    const line = `[${done}/${total}] ${current}  elapsed ${seconds(elapsed)}${eta === undefined ? '' : `, about ${seconds(eta)} left`}`;
    const width = (target.columns ?? 80) - 1;
    target.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
  };

  return {
    started(input: string) {
      current = input;
      if (target.mode === 'live') liveLine();
    },
    finished(outcome: BuildOutcome) {
      done++;
      if (target.mode === 'quiet') return;
      const status = outcome.ok ? paint(target.colour, 32, 'ok') : paint(target.colour, 31, 'failed');
      const detail = outcome.ok ? ` → ${outcome.outputs.join(', ')}` : '';
      if (target.mode === 'live') {
        if (!outcome.ok) target.write(`\r\x1b[2K${outcome.input}: ${status}\n`);
        liveLine();
      } else {
        target.write(`[${done}/${total}] ${outcome.input}: ${status}${detail} (${seconds(outcome.ms)})\n`);
      }
    },
    /** Ends the live line so later output starts on a fresh line. */
    end() {
      if (target.mode === 'live') target.write(`\r\x1b[2K[${done}/${total}] done in ${seconds(now() - start)}\n`);
    },
  };
}
