// Memory profile of one refresh (issue #17): TRACKED simulator hosts tracked one per customer, the
// server as its own process (NODE_ENV=production). Prints RSS, V8's heap and what lies outside it
// (RSS − heap total: code, native modules, malloc arenas) before and after the refresh, then the
// live heap after a full GC (a heap snapshot, which collects first), by kind, and what was allocated
// until just after the refresh, garbage included (the sampling heap profiler). See README.md.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAllocationSampling } from './lib/allocation-sampler.mjs';
import { createBenchDatabase, migrate, stopEmbedded } from './lib/database.mjs';
import { SMOKE, header, run, table } from './lib/report.mjs';
import { seedCustomers } from './lib/seed.mjs';
import { startServerProcess } from './lib/server-process.mjs';
import { dropRedisKeys } from './lib/stack.mjs';
import { testing } from './lib/surface.mjs';

const TRACKED = SMOKE ? 1_000 : 10_000;
const SAMPLES_AFTER_S = SMOKE ? [2] : [5, 10, 20, 40];
const MB = (bytes) => Math.round(bytes / 1e6);

function metric(text, name) {
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([\\d.e+]+)`, 'm').exec(text)?.[1] ?? Number.NaN);
}

async function sample(server, moment) {
  const text = await server.metrics();
  const { now } = server.rssMb();
  const heapTotal = MB(metric(text, 'nodejs_heap_size_total_bytes'));
  return {
    moment,
    'RSS MB': now,
    'heap total MB': heapTotal,
    'heap used MB': MB(metric(text, 'nodejs_heap_size_used_bytes')),
    'external MB': MB(metric(text, 'nodejs_external_memory_bytes')),
    'outside the heap MB': now - heapTotal,
  };
}

/** Self sizes of a heap snapshot's nodes by kind: what is live after the full GC a snapshot starts with. */
function liveHeap(file) {
  const s = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: fields, node_types: nodeTypes } = s.snapshot.meta;
  const [types] = nodeTypes;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const kinds = new Map();
  const add = (kind, size) => {
    const k = kinds.get(kind) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += size;
    kinds.set(kind, k);
  };
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + iType]];
    const size = s.nodes[i + iSize];
    if (type.includes('string')) {
      const text = s.strings[s.nodes[i + iName]];
      add(text.startsWith('gonka1') ? 'strings: gonka1… addresses' : size >= 4096 ? 'strings ≥ 4 KB (mostly module sources)' : 'strings < 4 KB', size);
    } else if (type === 'code' || type === 'closure') add('code and functions', size);
    else if (type === 'object' || type === 'array' || type === 'hidden' || type === 'object shape') add('objects and arrays', size);
    else add(`other (${type})`, size);
  }
  const rows = [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, k]) => ({ kind, MB: (k.bytes / 1e6).toFixed(1), count: k.count }));
  const total = [...kinds.values()].reduce((t, k) => t + k.bytes, 0);
  return [...rows, { kind: 'live heap in all', MB: (total / 1e6).toFixed(1) }];
}

async function main() {
  header('memory profile of a refresh');
  const { startSimulator } = testing();
  const sim = await startSimulator({ participants: TRACKED });
  const db = await createBenchDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'minegnk-heap-'));
  let server;
  try {
    await migrate(db.url);
    await seedCustomers(db.url, { users: TRACKED, perUser: 1, identifiers: sim.addresses() });
    sim.advanceEpoch();
    const env = { DATABASE_URL: db.url, CACHE_NAMESPACE: db.name, GONKA_NODE_URLS: sim.url, HYPERFUSION_URL: sim.hyperfusionUrl };
    if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
    server = await startServerProcess(env, { execArgv: ['--heapsnapshot-signal=SIGUSR2', '--inspect=127.0.0.1:0'], cwd: dir });
    const rows = [await sample(server, 'started, before the first refresh')];
    const sampling = await startAllocationSampling(server.output);
    const started = Date.now();
    while ((await server.refreshes()) < 1) await new Promise((r) => setTimeout(r, 250));
    rows.push(await sample(server, `refresh done (${Date.now() - started} ms)`));
    let waited = 0;
    let allocations;
    for (const s of SAMPLES_AFTER_S) {
      await new Promise((r) => setTimeout(r, (s - waited) * 1000));
      waited = s;
      rows.push(await sample(server, `${s} s later`));
      allocations ??= await sampling.stop(); // from the start to the first sample after the refresh (its alerts and signals included)
    }
    rows.push({ moment: 'peak RSS (VmHWM)', 'RSS MB': server.rssMb().peak });
    process.kill(server.pid, 'SIGUSR2');
    // The server's thread writes the snapshot, so it answers again once the file is complete.
    for (let tries = 0; ; tries++) {
      const answered = await server.metrics().then(
        () => true,
        () => false,
      );
      if (answered) break;
      if (tries > 120) throw new Error(`the server did not answer after its heap snapshot:\n${server.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot'));
    if (!file) throw new Error('no heap snapshot written');
    table(`server process, ${TRACKED} tracked hosts, one refresh${process.env.REDIS_URL ? ' (REDIS_URL set)' : ''}`, rows);
    table(`allocations from the start to ${SAMPLES_AFTER_S[0]} s after the refresh, garbage included (V8's sampling heap profiler)`, allocations);
    table('live heap after a full GC (heap snapshot taken after the last sample), by kind', liveHeap(join(dir, file)));
    return 0;
  } finally {
    await server?.close();
    await sim.close();
    await db.drop();
    await dropRedisKeys(process.env.REDIS_URL, db.name);
    rmSync(dir, { recursive: true, force: true });
  }
}

run(main, stopEmbedded);
