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
