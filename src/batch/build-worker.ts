import { parentPort } from 'node:worker_threads';
import { buildOneReportingBugs } from './build-one.js';
import type { WorkerJob, WorkerMessage } from './run-batch.js';

const tell = (message: WorkerMessage) => parentPort?.postMessage(message);

/** A worker thread: takes case studies from the shared queue until none is left, and tells each outcome. */
parentPort?.once('message', async ({ inputs, cursor, settings }: WorkerJob) => {
  for (let input = inputs[Atomics.add(cursor, 0, 1)]; input !== undefined; input = inputs[Atomics.add(cursor, 0, 1)]) {
    tell({ type: 'started', input });
    tell({ type: 'finished', outcome: await buildOneReportingBugs(input, settings) });
  }
  tell({ type: 'idle' });
});
