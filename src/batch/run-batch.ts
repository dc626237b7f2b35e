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
 * This thread takes a share because it is already warm (started from the startup snapshot, its
 * fonts are parsed) and because a worker thread costs ~0.1 GB and a start-up of its own.
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
  const queue = [...inputs];
  const outcomes = new Map<string, BuildOutcome>();
  const done = (outcome: BuildOutcome) => {
    outcomes.set(outcome.input, outcome);
    events.finished?.(outcome);
  };
  const here = async () => {
    for (let input = queue.shift(); input !== undefined; input = queue.shift()) {
      events.started?.(input);
      done(await buildOneReportingBugs(input, settings));
    }
  };
  const workers = await startWorkers(Math.min(jobs, inputs.length) - 1);
  const onWorker = (worker: BuildWorker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const input = queue.shift();
        if (input === undefined) return resolve();
        events.started?.(input);
        worker.postMessage({ input, settings });
      };
      worker.on('message', (outcome: BuildOutcome) => {
        done(outcome);
        next();
      });
      worker.on('error', reject);
      next();
    });
  try {
    await Promise.all([here(), ...workers.map(onWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return inputs.map((input) => outcomes.get(input) as BuildOutcome);
}

type BuildWorker = import('node:worker_threads').Worker;

async function startWorkers(count: number): Promise<BuildWorker[]> {
  if (count <= 0) return [];
  // Imported here, not at the top: most builds need no worker, and it stays out of the startup snapshot.
  const { Worker } = await import('node:worker_threads');
  const script = path.join(packageRoot(), 'dist', 'build-worker.js');
  return Array.from({ length: count }, () => new Worker(script));
}
