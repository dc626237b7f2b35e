/**
 * A bounded queue for renders: at most `concurrency` run at once, at most `capacity` wait, and a
 * job that has not finished within `timeoutMs` is answered with a timeout (its work still ends
 * on its own; the slot is freed then). Keeps a burst of requests from piling up work and memory.
 */

/** The queue is full: the server answers 503 and asks the caller to retry. */
export class QueueFullError extends Error {
  constructor(capacity: number) {
    super(`the server is busy: ${capacity} renders are waiting; try again in a moment`);
    this.name = 'QueueFullError';
  }
}

/** The client went away before its render's turn came: the render is not made. */
export class CancelledError extends Error {
  constructor() {
    super('the client went away before its render was made');
    this.name = 'CancelledError';
  }
}

/** A render took longer than allowed: the server answers 503. */
export class RenderTimeoutError extends Error {
  constructor(ms: number) {
    super(`the render took longer than ${Math.round(ms / 1000)} s and was given up`);
    this.name = 'RenderTimeoutError';
  }
}

export interface RenderQueue {
  /** Runs `job` in its turn; `cancelled` is asked when the turn comes, and a cancelled job is not run. */
  run<T>(job: () => Promise<T>, cancelled?: () => boolean): Promise<T>;
  /** Renders running and waiting now. */
  readonly load: { running: number; waiting: number };
}

export function renderQueue({ concurrency, capacity, timeoutMs }: { concurrency: number; capacity: number; timeoutMs: number }): RenderQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A slot that is freed goes straight to the first waiter, so the count never overshoots.
  const next = () => {
    const waiter = waiting.shift();
    if (waiter) waiter();
    else running--;
  };
  return {
    get load() {
      return { running, waiting: waiting.length };
    },
    async run<T>(job: () => Promise<T>, cancelled?: () => boolean): Promise<T> {
      if (running < concurrency) running++;
      else {
        if (waiting.length >= capacity) throw new QueueFullError(capacity);
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      if (cancelled?.()) {
        next();
        throw new CancelledError();
      }
      const work = (async () => job())();
      // The slot is freed when the work ends, even when its caller was already told it timed out.
      work.then(next, next);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RenderTimeoutError(timeoutMs)), timeoutMs);
      });
      try {
        return await Promise.race([work, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
