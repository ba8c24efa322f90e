// What a server process allocates over a stretch of time, garbage included: V8's sampling heap
// profiler through the inspector protocol (the server runs with --inspect=127.0.0.1:0).
import { serverRequire } from './surface.mjs';

/** Starts sampling in the server whose output printed the inspector's address; `stop()` returns the top allocating functions. */
export async function startAllocationSampling(output) {
  const url = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(output())?.[0];
  if (!url) throw new Error(`no inspector address in the server's output (started with --inspect=127.0.0.1:0?)`);
  const WebSocket = serverRequire('ws');
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const pending = new Map();
  let id = 0;
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call('HeapProfiler.enable');
  await call('HeapProfiler.startSampling', { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return {
    async stop(top = 12) {
      const { result } = await call('HeapProfiler.stopSampling');
      ws.close();
      return summarize(result.profile, top);
    },
  };
}

/** Self sizes by function (name, file, line), largest first, and the total. */
function summarize(profile, top) {
  const byFunction = new Map();
  let total = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url
      .replace(/^file:\/\//, '')
      .split('/')
      .slice(-2)
      .join('/');
    const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const rows = [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, bytes]) => ({ function: fn, 'MB allocated': (bytes / 1e6).toFixed(1) }));
  return [...rows, { function: 'all sampled allocations', 'MB allocated': (total / 1e6).toFixed(1) }];
}
