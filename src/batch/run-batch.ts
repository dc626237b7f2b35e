import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { buildOne } from './build-one.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

/** What a batch tells its caller as it goes. */
export interface BatchEvents {
  started?(input: string): void;
  finished?(outcome: BuildOutcome): void;
}

/**
 * Builds many case studies, spread over `jobs` worker threads (in this thread
 * when there is one job or one file). A failing case study does not stop the others.
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
  return runOnWorkers(inputs, settings, Math.min(jobs, inputs.length), events);
}

async function runOnWorkers(inputs: readonly string[], settings: BuildSettings, count: number, events: BatchEvents): Promise<BuildOutcome[]> {
  const queue = [...inputs];
  const outcomes = new Map<string, BuildOutcome>();
  const script = path.join(packageRoot(), 'dist', 'build-worker.js');
  // Imported here, not at the top: single builds never need it, and it stays out of the startup snapshot.
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const input = queue.shift();
              if (input === undefined) return resolve();
              events.started?.(input);
              worker.postMessage({ input, settings });
            };
            worker.on('message', (outcome: BuildOutcome) => {
              outcomes.set(outcome.input, outcome);
              events.finished?.(outcome);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return inputs.map((input) => outcomes.get(input) as BuildOutcome);
}
