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
 * Builds many case studies, `jobs` at a time: one in this thread and the others on worker threads
 * (all in this thread when there is one job or one file). A failing case study does not stop the others.
 *
 * This thread takes a share because it is already warm (started from the startup snapshot, its
 * fonts are parsed) and because a worker thread costs ~0.1 GB and a start-up of its own.
 */
export async function runBatch(inputs: readonly string[], settings: BuildSettings, jobs: number, events: BatchEvents = {}): Promise<BuildOutcome[]> {
  if (jobs <= 1 || inputs.length <= 1) {
    const outcomes: BuildOutcome[] = [];
    for (const input of inputs) {
      events.started?.(input);
      const outcome = await buildOne(input, settings);
      events.finished?.(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }
  const queue = [...inputs];
  const outcomes = new Map<string, BuildOutcome>();
  const done = (outcome: BuildOutcome) => {
    outcomes.set(outcome.input, outcome);
    events.finished?.(outcome);
  };
  const script = path.join(packageRoot(), 'dist', 'build-worker.js');
  // Imported here, not at the top: single builds never need it, and it stays out of the startup snapshot.
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from({ length: Math.min(jobs, inputs.length) - 1 }, () => new Worker(script));
  const onWorker = (worker: InstanceType<typeof Worker>) =>
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
  const here = async () => {
    for (let input = queue.shift(); input !== undefined; input = queue.shift()) {
      events.started?.(input);
      done(await buildOneReportingBugs(input, settings));
    }
  };
  try {
    await Promise.all([here(), ...workers.map(onWorker)]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return inputs.map((input) => outcomes.get(input) as BuildOutcome);
}
