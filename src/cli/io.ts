/** Where commands print: stdout for results, stderr for problems. Tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
