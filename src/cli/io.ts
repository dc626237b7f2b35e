import type { ProgressTarget } from './progress.js';

/** Where commands print: stdout for results, stderr for problems and progress. Tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Where and how to show progress; `quiet` asks for none. */
  progress(quiet: boolean): ProgressTarget;
}

/** The process's own streams: a live progress line on a terminal, plain lines otherwise. */
export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (quiet) => ({
    write: (text) => process.stderr.write(text),
    mode: quiet ? 'quiet' : process.stderr.isTTY ? 'live' : 'lines',
    colour: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
    columns: process.stderr.columns,
  }),
};

/**
 * Ends the process with `code` once stdout and stderr have taken everything written to them.
 * Called when a command has finished (its files renamed into place, its lines printed): exiting
 * there skips Node.js's teardown of the heap, which a process that ends anyway does not need
 * (~10 ms of a cold run). Waiting for the streams keeps output that is still queued, as it can
 * be on a pipe where writes are asynchronous (macOS, Windows).
 */
export function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
