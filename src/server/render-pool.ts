import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import { receivedError, type JobResult, type RenderJob, type SentError } from './render-jobs.js';
import { CancelledError, QueueFullError, RenderTimeoutError } from './render-queue.js';

/**
 * The server's render workers: `size` threads, each doing one render at a time, and a bounded
 * queue in front of them. Renders then use the machine's cores and leave the server's own thread
 * free to answer other requests. A render that takes longer than `timeoutMs` is stopped for real:
 * its worker is ended and a new one takes its place.
 */
export interface RenderPool {
  /** Runs `job` in its turn; `cancelled` is asked when the turn comes, and a cancelled job is not run. */
  run(job: RenderJob, cancelled?: () => boolean): Promise<JobResult>;
  readonly load: { running: number; waiting: number; workers: number };
  close(): Promise<void>;
}

type Reply = { id: number; ok: true; result: JobResult } | { id: number; ok: false; error: SentError };

interface Slot {
  worker: Worker;
  busy?: { id: number; resolve: (r: JobResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
}

/** Starts a render worker: the bundled one (dist/server) when running from dist, else the TypeScript source through tsx. */
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = new URL('./render-worker.ts', import.meta.url).href;
    // Source (tests, development): tsx compiles the worker's TypeScript as it is imported.
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
  }
  return new Worker(path.join(packageRoot(), 'dist', 'server', 'render-worker.js'));
}

export function renderPool({ size, capacity, timeoutMs }: { size: number; capacity: number; timeoutMs: number }): RenderPool {
  const slots: Slot[] = [];
  const waiting: { job: RenderJob; cancelled?: () => boolean; resolve: (r: JobResult) => void; reject: (e: Error) => void }[] = [];
  let nextId = 1;
  let closed = false;

  const replace = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker() };
    slot.worker.unref();
    slot.worker.on('message', (reply: Reply) => {
      const busy = slot.busy;
      if (!busy || busy.id !== reply.id) return;
      clearTimeout(busy.timer);
      slot.busy = undefined;
      if (reply.ok) busy.resolve(reply.result);
      else busy.reject(receivedError(reply.error));
      pump();
    });
    // A worker that fails or ends on its own takes its render with it; another takes its place.
    const lost = (err: Error) => {
      if (!slots.includes(slot)) return;
      const busy = slot.busy;
      slot.busy = undefined;
      if (busy) {
        clearTimeout(busy.timer);
        busy.reject(err);
      }
      replace(slot);
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => lost(new Error(`a render worker stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  };

  function pump(): void {
    while (!closed && waiting.length) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const { job, cancelled, resolve, reject } = waiting.shift()!;
      if (cancelled?.()) {
        reject(new CancelledError());
        continue;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        slot.busy = undefined;
        reject(new RenderTimeoutError(timeoutMs));
        replace(slot);
      }, timeoutMs);
      slot.busy = { id, resolve, reject, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, job });
      // While it works, the worker keeps the process alive; idle, it does not.
      const release = () => slot.worker.unref();
      const busy = slot.busy;
      const { resolve: res, reject: rej } = busy;
      busy.resolve = (r) => (release(), res(r));
      busy.reject = (e) => (release(), rej(e));
    }
  }

  return {
    get load() {
      return { running: slots.filter((s) => s.busy).length, waiting: waiting.length, workers: slots.length };
    },
    run(job, cancelled) {
      if (closed) return Promise.reject(new Error('the render pool is closed'));
      if (waiting.length >= capacity) return Promise.reject(new QueueFullError(capacity));
      return new Promise<JobResult>((resolve, reject) => {
        waiting.push({ job, cancelled, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new Error('the server is stopping'));
      const all = slots.splice(0);
      for (const s of all) {
        if (s.busy) {
          clearTimeout(s.busy.timer);
          s.busy.reject(new Error('the server is stopping'));
        }
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
