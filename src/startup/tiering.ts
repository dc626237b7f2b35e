// When V8's optimizing compiler (TurboFan) works, for a process started from the startup snapshot.
//
// The snapshot is built, and bin/casebrief starts it, with --no-turbofan (scripts/build.mjs). A
// build of one ordinary case study is over in ~0.2 s, before TurboFan's code pays for itself: its
// jobs cost the sample's build ~0.1 s of CPU time on a second core and ~30 ms of the main thread
// (interleaved runs: 214 -> 182 ms, CPU time 0.27 -> 0.17 s), and on a shared machine that second
// core is not free. Longer work wants it: a 77-page brief (41 kB of YAML) took 1.10 s with it and
// 1.40 s without; a 17-page one (12 kB) 0.46 s with, 0.44 s without; a batch's workers run for
// seconds. So the commands turn it back on when they know the work is long (several case studies, a
// large one, a pack, watching), and any process turns it on once it has run for a while and its
// event loop gets a turn. V8 reads the flag each time it decides to optimize a function, in every
// thread of the process, workers included.
import { statSync } from 'node:fs';
import v8 from 'node:v8';

/** How long a process runs before V8 may optimize anyway. */
export const OPTIMIZE_AFTER_MS = 250;
/** A case study this large (YAML bytes) is built with TurboFan from the start. */
export const LARGE_CASE_STUDY_BYTES = 16 * 1024;

let state: 'on' | 'off' = 'on';

/** Turns TurboFan back on now (if it was off). */
export function optimizeNow(): void {
  if (state === 'on') return;
  v8.setFlagsFromString('--turbofan');
  state = 'on';
}

/** For a process started without TurboFan (`--no-turbofan`): turns it on after OPTIMIZE_AFTER_MS. */
export function optimizeLater(startedWithout = process.execArgv.includes('--no-turbofan')): void {
  if (!startedWithout) return;
  state = 'off';
  setTimeout(optimizeNow, OPTIMIZE_AFTER_MS).unref();
}

/** Turns TurboFan on now for several case studies, or a large one. */
export function optimizeFor(files: readonly string[]): void {
  if (state === 'on') return;
  const [only] = files;
  if (files.length > 1 || (only !== undefined && fileSize(only) >= LARGE_CASE_STUDY_BYTES)) optimizeNow();
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the build reports a missing file
  }
}

/** For `casebrief --version --debug`. */
export function optimizingCompiler(): string {
  return state === 'on' ? 'on' : `off for the first ${OPTIMIZE_AFTER_MS} ms`;
}
