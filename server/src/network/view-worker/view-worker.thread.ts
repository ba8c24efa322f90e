import { parentPort, workerData } from 'node:worker_threads';
import { GonkaNodeClient, HyperfusionClient, type UpstreamRequestEvent } from '../../upstream/index.js';
import { fetchEpochRewards, fetchEpochSummary } from './epoch-summary.fetch.js';
import { fetchHardwareView, fetchNetworkView } from './network-view.fetch.js';
import { toPortableError, type ViewTask, type ViewWorkerInput, type ViewWorkerMessage } from './view-worker.protocol.js';

// A view worker's thread (view-worker.runner.ts starts one per bulk fetch): it fetches, parses and
// validates the bulk lists and builds the view, so their garbage lives and dies with this thread's
// heap and only the compact view is copied to the main thread.
const input = workerData as ViewWorkerInput;
const post = (message: ViewWorkerMessage) => parentPort?.postMessage(message);
const onRequest = (event: UpstreamRequestEvent) => post({ kind: 'request', event });
const gonka = input.gonka ? new GonkaNodeClient(input.gonka.baseUrls, { ...input.gonka.options, onRequest }) : null;
const tracker = input.tracker ? new HyperfusionClient(input.tracker.baseUrl, { ...input.tracker.options, onRequest }) : null;

function work(task: ViewTask): Promise<unknown> {
  switch (task.kind) {
    case 'status':
      return fetchNetworkView(gonka, tracker);
    case 'hardware':
      return fetchHardwareView(gonka);
    case 'summary':
      return fetchEpochSummary(gonka!, task.epoch, task.exclusions, task.governanceP0);
    case 'rewards':
      return fetchEpochRewards(gonka!, task.epoch);
  }
}

work(input.task).then(
  (value) => post({ kind: 'done', value }),
  (error: unknown) => post({ kind: 'failed', error: toPortableError(error) }),
);
