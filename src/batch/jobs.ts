import os from 'node:os';

/** What the default number of threads depends on. */
export interface Machine {
  /** Threads the process may run at once (os.availableParallelism). */
  cores: number;
  /** Free memory in bytes (os.freemem). */
  freeBytes: number;
}

/**
 * Case studies an extra thread must have to be worth starting: a thread starts cold (it loads the
 * modules, compiles HarfBuzz and parses the fonts, about as much work as 25 briefs), so with fewer
 * it finishes after the thread that was already warm would have built them all.
 */
const STUDIES_PER_THREAD = 32;
/** Memory a build thread takes at its peak (fonts, a brief and a deck in the making), with room to spare. */
const BYTES_PER_THREAD = 256 * 2 ** 20;

/** The machine this process runs on, now. */
export function thisMachine(): Machine {
  return { cores: os.availableParallelism(), freeBytes: os.freemem() };
}

/**
 * How many case studies to build at once when the user does not say (`--jobs`): one thread, and
 * one more for each further core, as long as each thread has 32 case studies and 256 MB of free
 * memory. A thread with less work or memory than that only slows the others down. (The system's
 * load average is not used: it lags a minute behind, and counts the builds that just ended.)
 */
export function defaultJobs(studies: number, machine: Machine = thisMachine()): number {
  const extra = Math.min(machine.cores - 1, Math.floor(studies / STUDIES_PER_THREAD) - 1, Math.floor(machine.freeBytes / BYTES_PER_THREAD) - 1);
  return 1 + Math.max(0, extra);
}
