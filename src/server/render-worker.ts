import { parentPort } from 'node:worker_threads';
import { runJob, sendError, type RenderJob } from './render-jobs.js';

/**
 * A render worker of `casebrief serve`: takes one job at a time from the server's pool and sends
 * back its result (bytes transferred, not copied) or its error. Its fonts and templates stay
 * loaded between jobs.
 */
parentPort?.on('message', async ({ id, job }: { id: number; job: RenderJob }) => {
  try {
    const result = await runJob(job);
    // Bytes that own their whole buffer move to the server's thread; a view into a shared one (a
    // Buffer from Node.js's pool) is copied instead, since moving it would take the pool away.
    const owned = (b: Uint8Array | undefined) => (b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? [b.buffer] : []);
    const transfer = [...owned(result.file?.bytes), ...owned(result.pdf)];
    parentPort!.postMessage({ id, ok: true, result }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, ok: false, error: sendError(err) });
  }
});
