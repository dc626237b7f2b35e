import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { buildOne, buildOneReportingBugs } from './build-one.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

/** What a batch tells its caller as it goes. */
export interface BatchEvents {
  started?(input: string): void;
  finished?(outcome: BuildOutcome): void;
}

/**
 * Builds case studies, `jobs` at a time: one in this thread and the others on worker threads.
 * One case study is built here and a bug in it ends the run (exit 70); in a batch, a failing case
 * study, even one that hits a bug, is reported and does not stop the others, whatever `--jobs` is.
 *
 * This thread takes a share because it is already warm (its modules are loaded, its fonts
 * parsed) and because a worker thread costs memory and a start-up of its own.
 */
export async function runBatch(inputs: readonly string[], settings: BuildSettings, jobs: number, events: BatchEvents = {}): Promise<BuildOutcome[]> {
  const [only] = inputs;
  if (only === undefined || inputs.length === 1) {
    if (only === undefined) return [];
    events.started?.(only);
    const outcome = await buildOne(only, settings);
    events.finished?.(outcome);
    return [outcome];
  }
  // The queue is an index shared by every thread: a worker takes its next case study itself,
  // without waiting for this thread to finish the synchronous part of the one it is building.
  const cursor = new Int32Array(new SharedArrayBuffer(4));
  const take = (): string | undefined => inputs[Atomics.add(cursor, 0, 1)];
  const outcomes = new Map<string, BuildOutcome>();
  const done = (outcome: BuildOutcome) => {
    outcomes.set(outcome.input, outcome);
    events.finished?.(outcome);
  };
  const here = async () => {
    for (let input = take(); input !== undefined; input = take()) {
      events.started?.(input);
      done(await buildOneReportingBugs(input, settings));
    }
  };
  const workers = await startWorkers(Math.min(jobs, inputs.length) - 1);
  const onWorker = (worker: BuildWorker) =>
    new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'started') events.started?.(message.input);
        else if (message.type === 'finished') done(message.outcome);
        else resolve();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`a build worker stopped (exit code ${code})`)));
      const job: WorkerJob = { inputs, cursor, settings };
      worker.postMessage(job);
    });
  try {
    await Promise.all([here(), ...workers.map(onWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return inputs.map((input) => outcomes.get(input) as BuildOutcome);
}

/** What a worker is sent: every input, the shared index of the next one to take, and the settings. */
export interface WorkerJob {
  inputs: readonly string[];
  cursor: Int32Array;
  settings: BuildSettings;
}

/** What a worker tells: a case study taken, a case study built, or nothing left to take. */
export type WorkerMessage = { type: 'started'; input: string } | { type: 'finished'; outcome: BuildOutcome } | { type: 'idle' };

type BuildWorker = import('node:worker_threads').Worker;

async function startWorkers(count: number): Promise<BuildWorker[]> {
  if (count <= 0) return [];
  // Imported here, not at the top: most builds need no worker.
  const { Worker } = await import('node:worker_threads');
  const script = path.join(packageRoot(), 'dist', 'build-worker.js');
  return Array.from({ length: count }, () => new Worker(script));
}
