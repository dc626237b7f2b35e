import { parentPort } from 'node:worker_threads';
import { buildOne } from './build-one.js';
import type { BuildSettings } from './build-settings.js';

/** A worker thread: builds the case studies it is sent, one at a time, and answers with each outcome. */
parentPort?.on('message', async (job: { input: string; settings: BuildSettings }) => {
  try {
    parentPort?.postMessage(await buildOne(job.input, job.settings));
  } catch (err) {
    parentPort?.postMessage({ input: job.input, ok: false, errors: [`${job.input}: internal error: ${(err as Error).stack ?? String(err)}`], ms: 0 });
  }
});
