import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UpstreamUnavailableError, type GonkaNodeClient, type HyperfusionClient } from '../../upstream/index.js';
import { fromPortableError, type ViewTask, type ViewWorkerInput, type ViewWorkerMessage } from './view-worker.protocol.js';

const THREAD_FILE = join(__dirname, 'view-worker.thread.js');
/** A worker that has not answered by then is stopped: every upstream attempt in it has its own 2 s deadline, so it is stuck. */
export const VIEW_WORKER_GIVE_UP_MS = 120_000;

/**
 * Runs one view fetch in a new worker thread and ends the thread (issue #17: RSS after a 10k-node
 * refresh). The bulk lists are parsed there; when the thread ends, V8 frees its whole heap at once,
 * where the main heap would keep that garbage until it got round to collecting it. The worker's
 * clients start from this process's breaker states and each of their attempts is fed back into
 * this process's clients (breakers, metrics), so a failing host is backed off across fetches.
 */
export function runViewTask<T>(task: ViewTask, gonka: GonkaNodeClient | null, tracker: HyperfusionClient | null): Promise<T> {
  // One thread at a time: each thread's native allocations go to its own malloc arena, which the C
  // library keeps after the thread ends; threads one after another reuse one arena (measured: see README).
  const run = queue.catch(() => undefined).then(() => runThread<T>(task, gonka, tracker));
  queue = run;
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

function runThread<T>(task: ViewTask, gonka: GonkaNodeClient | null, tracker: HyperfusionClient | null): Promise<T> {
  const input: ViewWorkerInput = { task, gonka: gonka?.portable() ?? null, tracker: tracker?.portable() ?? null };
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(THREAD_FILE, { workerData: input });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(giveUp);
      void worker.terminate();
      settle();
    };
    const giveUp = setTimeout(
      () => finish(() => reject(new UpstreamUnavailableError('gonka_api', 'network-view', 'timeout', `view worker (${task.kind}) did not answer`))),
      VIEW_WORKER_GIVE_UP_MS,
    );
    worker.on('message', (m: ViewWorkerMessage) => {
      if (m.kind === 'request') (m.event.source === 'hyperfusion' ? tracker : gonka)?.absorb(m.event);
      else if (m.kind === 'done') finish(() => resolve(m.value as T));
      else finish(() => reject(fromPortableError(m.error)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`view worker (${task.kind}) exited with code ${code} before answering`))));
  });
}
