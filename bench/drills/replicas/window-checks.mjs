// Checks (a)–(c) of the replicas drill over one TTL window, both stacks side by side: upstream calls
// (the simulators' counters), refresher runs (pg-boss's job rows and the replicas' /metrics), and a
// scripted node status change reaching a subscriber connected directly to each cluster replica and
// as many connected through the cluster's HAProxy (one per replica under roundrobin).
import { startLoad, tally } from './load.mjs';
import { subscribe } from './subscribers.mjs';
import { diffCounts, nextBoundary, refreshJobs, runsPerReplica, simStats, sleep, sleepUntil, slotCompleted, sum } from './windows.mjs';
import { TTL_SECONDS } from './world.mjs';

const scriptOffline = (sim, address) =>
  fetch(`${sim.url}/__sim/hosts/${address}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offline: true }) });

async function snapshot(stack) {
  return { sim: await simStats(stack.cluster.sim), runs: await runsPerReplica(stack) };
}

/**
 * One window W = [boundary, boundary + TTL): subscribers connect before it, a host is scripted
 * offline on both simulators just before it, light load runs through both balancers during it.
 * The nodes were assigned after the replicas' start-up refresh, so the window before W first
 * observes them (ONLINE) and W sees the change. `smoke` ends W a few seconds after its refresh. It
 * skipped the window before W until a CI run of 2026-12-03: W's refresh was then the first
 * observation, and cold reads of it (params, an epoch's exclusions, a block) fell into W on the
 * cluster only: (a) 17 vs 14.
 */
export async function windowChecks(world, { smoke, loadWorkers }) {
  const { single, cluster } = world;
  const owner = cluster.customers[0];
  const address = owner.addresses[0];
  let boundary = nextBoundary(TTL_SECONDS, 6000);
  // The window before W observes the nodes. Its slot's job did not complete within the window in 2
  // of 4 full runs on 2026-12-03 (cause not found): then the next slot's does it.
  let observed = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    observed = await Promise.all([single, cluster].map((s) => slotCompleted(s.db.url, boundary, TTL_SECONDS * 1000)));
    boundary += TTL_SECONDS * 1000;
    if (observed.every(Boolean)) break;
  }
  if (!observed.every(Boolean)) {
    const from = boundary - 4 * TTL_SECONDS * 1000;
    const seen = await Promise.all([single, cluster].map((s) => refreshJobs(s.db.url, from, boundary)));
    throw new Error(`the nodes' first observation did not complete in two windows (refresh jobs: ${JSON.stringify(seen)})`);
  }
  if (Date.now() > boundary - 6000) boundary += TTL_SECONDS * 1000; // W's subscribers connect before it
  await sleepUntil(boundary - 5000);
  const nodeId = owner.nodeIds[address];
  const direct = await Promise.all(cluster.cluster.replicas.map(async (r) => ({ ...(await subscribe(r.url, owner.token, nodeId)), via: r.name })));
  // One after another: nothing else goes through this balancer yet, so roundrobin hands each to the next replica.
  const balanced = [];
  for (const _ of cluster.cluster.replicas) balanced.push({ ...(await subscribe(cluster.cluster.url, owner.token, nodeId)), via: 'HAProxy' });
  const subscribers = [...direct, ...balanced];
  await sleep(300); // graphql-ws has no "subscribed" ack: let the SUBSCRIBE reach Redis
  await sleepUntil(boundary - 2500);
  for (const stack of [single, cluster]) {
    const r = await scriptOffline(stack.cluster.sim, address);
    if (!r.ok) throw new Error(`scripting ${address} offline: ${r.status} ${await r.text()}`);
  }
  await sleepUntil(boundary - 1000);
  const before = { single: await snapshot(single), cluster: await snapshot(cluster) };
  const loads = [single, cluster].map((s) => startLoad({ url: s.cluster.url, tokens: s.customers.map((c) => c.token), workers: loadWorkers, pauseMs: 50 }));
  const [singleJob, clusterJob] = await Promise.all([single, cluster].map((s) => slotCompleted(s.db.url, boundary, 45_000)));
  const eventDeadline = Date.now() + 10_000;
  const events = await Promise.all(subscribers.map((s) => Promise.race([s.event, sleepUntil(eventDeadline).then(() => undefined)])));
  const end = smoke ? Math.max(singleJob?.completedMs ?? 0, clusterJob?.completedMs ?? 0, Date.now()) + 2000 : boundary + TTL_SECONDS * 1000 - 1000;
  await sleepUntil(end);
  const after = { single: await snapshot(single), cluster: await snapshot(cluster) };
  const load = await Promise.all(loads.map((l) => l.stop()));
  for (const s of subscribers) await s.dispose();

  const seconds = Math.round((end - (boundary - 1000)) / 1000);
  const rows = [];
  const perStack = {};
  for (const [i, stack] of [single, cluster].entries()) {
    const calls = diffCounts(after[stack.name].sim.routes, before[stack.name].sim.routes);
    const runs = diffCounts(after[stack.name].runs, before[stack.name].runs);
    const jobs = await refreshJobs(stack.db.url, boundary, boundary + TTL_SECONDS * 1000);
    const t = tally(load[i]);
    perStack[stack.name] = { calls: sum(calls), routes: calls, runs: sum(runs), jobs };
    rows.push({
      stack: `${stack.name} (${stack.cluster.replicas.length} replica${stack.cluster.replicas.length > 1 ? 's' : ''})`,
      'window (s)': seconds,
      'upstream calls': sum(calls),
      'refresh jobs (pg-boss)': jobs.length,
      'job states': jobs.map((j) => `${j.state}${j.retries ? ` (retried ${j.retries})` : ''}`).join(', '),
      'runs (/metrics, all replicas)': sum(runs),
      'runs by replica':
        Object.entries(runs)
          .map(([k, v]) => `${k}:${v}`)
          .join(' ') || '-',
      'dashboard GETs': t.requests,
      failed: t.failed,
    });
  }
  const routeRows = [...new Set([...Object.keys(perStack.single.routes), ...Object.keys(perStack.cluster.routes)])].sort().map((route) => ({
    route,
    single: perStack.single.routes[route] ?? 0,
    cluster: perStack.cluster.routes[route] ?? 0,
  }));
  const ratio = perStack.single.calls ? perStack.cluster.calls / perStack.single.calls : NaN;
  const eventRows = subscribers.map((s, i) => ({
    'connected to': s.via,
    'served by': s.servedBy ?? (s.via === 'HAProxy' ? '?' : s.via),
    received: events[i] ? 'yes' : 'NO',
    change: events[i] ? `${events[i].previous} → ${events[i].status}` : '',
    'changes before it': s.earlier.map((e) => `${e.previous} → ${e.status}`).join(', ') || '-',
    'ms after the refresh job started': events[i] && clusterJob ? events[i].at - clusterJob.startedMs : '',
  }));
  const oneRun = (s) => s.jobs.length === 1 && s.jobs[0].state === 'completed' && s.runs === 1;
  return {
    rows,
    routeRows,
    eventRows,
    ratio,
    a: { pass: perStack.cluster.calls <= perStack.single.calls, single: perStack.single.calls, cluster: perStack.cluster.calls, ratio },
    b: { pass: oneRun(perStack.cluster) && oneRun(perStack.single), cluster: perStack.cluster, single: perStack.single },
    c: {
      // Every socket got the change, and the balancer's sockets reached every replica (a replica's
      // upgrade path through HAProxy is then proven too, not only the one roundrobin picked first).
      pass: events.every((e) => e?.status === 'OFFLINE') && new Set(balanced.map((s) => s.servedBy)).size === cluster.cluster.replicas.length,
      direct: { received: events.slice(0, direct.length).filter(Boolean).length, of: direct.length },
      balanced: {
        received: events.slice(direct.length).filter(Boolean).length,
        of: balanced.length,
        replicas: [...new Set(balanced.map((s) => s.servedBy ?? '?'))].sort(),
      },
    },
    boundary,
    failedGets: load.map((l) => tally(l).failed),
  };
}
