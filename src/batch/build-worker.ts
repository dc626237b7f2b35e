import { parentPort } from 'node:worker_threads';
import { buildOneReportingBugs } from './build-one.js';
import type { BuildSettings } from './build-settings.js';

/** A worker thread: builds the case studies it is sent, one at a time, and answers with each outcome. */
parentPort?.on('message', async (job: { input: string; settings: BuildSettings }) => {
  parentPort?.postMessage(await buildOneReportingBugs(job.input, job.settings));
});
