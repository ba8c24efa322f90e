// Check (d): a replica SIGKILLed under load. GET queries run through HAProxy while the replica
// holding the window's refresh job (made slow by a simulator fault so it is caught mid-run;
// periodic_job_running says which replica runs it) is killed. Failed requests are counted while
// HAProxy still lists it (the trip window) and after it marked it DOWN, separately; then pg-boss must
// hand the held job to a survivor (it expires after a third of a TTL) and the next window's refresh runs there.
import { startReplica } from '../../../scripts/cluster.mjs';
import { startLoad, tally } from './load.mjs';
import { parseRefreshMetrics, sleep, sleepUntil, slotCompleted } from './windows.mjs';
import { TTL_SECONDS } from './world.mjs';

const SLOW_ROUTES = ['/v1/', '/chain-api/', '/hyperfusion/'];
// pg-boss's maintenance (BossService: every 15 s) expires a dead worker's job after expireInSeconds (a third of a TTL).
const MAINTENANCE_SECONDS = 15;

async function holderOf(stack, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const r of stack.cluster.replicas) {
      const text = await stack.cluster.metrics(r).catch(() => '');
      if (parseRefreshMetrics(text).running) return r;
    }
    await sleep(50);
  }
  return undefined;
}

const fault = (sim, route, spec) =>
  fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route, ...spec }) });

/**
 * `boundary`: the next window's start. Smoke: no waiting for a slow run or the hand-over (that takes
 * a TTL): a replica is killed between runs and only the balancer side is measured.
 */
export async function killCheck(stack, { boundary, smoke, workers, afterMs }) {
  const { cluster } = stack;
  const load = startLoad({ url: cluster.url, tokens: stack.customers.map((c) => c.token), workers });
  let victim;
  if (smoke) {
    await sleep(1500);
    victim = cluster.replicas.find((r) => r.running);
  } else {
    await sleepUntil(boundary - 500);
    for (const route of SLOW_ROUTES) await fault(cluster.sim, route, { kind: 'slow', delayMs: 1500, count: 40 });
    victim = await holderOf(stack, TTL_SECONDS * 500);
    if (!victim) throw new Error("no replica reported running the window's refresh");
  }
  const killedAt = Date.now();
  victim.kill('SIGKILL');
  let trippedAt;
  while (!trippedAt && Date.now() - killedAt < 30_000) {
    const states = await cluster.haproxy.serverStates();
    if (!states[victim.name]?.startsWith('UP')) trippedAt = Date.now();
    else await sleep(50);
  }
  await sleep(afterMs);
  const samples = await load.stop();
  await fetch(`${cluster.sim.url}/__sim/faults`, { method: 'DELETE' });
  const phase = (from, to) => tally(samples.filter((s) => s.t0 >= from && s.t0 < to));
  const before = phase(0, killedAt);
  const trip = phase(killedAt, trippedAt ?? Infinity);
  const after = phase(trippedAt ?? Infinity, Infinity);
  const served = {};
  for (const s of samples.filter((x) => x.t0 >= (trippedAt ?? Infinity))) served[s.replica ?? '?'] = (served[s.replica ?? '?'] ?? 0) + 1;
  const phases = [
    { phase: 'before the kill', ...before, byOutcome: JSON.stringify(before.byOutcome) },
    { phase: `kill → marked DOWN (${trippedAt ? trippedAt - killedAt : '?'} ms)`, ...trip, byOutcome: JSON.stringify(trip.byOutcome) },
    { phase: `after DOWN (${Math.round(afterMs / 1000)} s)`, ...after, byOutcome: JSON.stringify(after.byOutcome), 'served by': JSON.stringify(served) },
  ];

  let handover = { rows: [], pass: true, note: 'smoke: killed between runs; the hand-over of a held job is measured by the full run' };
  if (!smoke) {
    const wait = (TTL_SECONDS + MAINTENANCE_SECONDS + 30) * 1000;
    const held = await slotCompleted(stack.db.url, boundary, wait);
    const next = await slotCompleted(stack.db.url, boundary + TTL_SECONDS * 1000, wait);
    const firstAfter = Math.min(held?.completedMs ?? Infinity, next?.completedMs ?? Infinity) - killedAt;
    handover = {
      rows: [
        {
          job: `held by ${victim.name}: window ${new Date(boundary).toISOString().slice(11, 19)}`,
          state: held?.state ?? 'NOT COMPLETED',
          retries: held?.retries ?? '',
          's after the kill': held ? ((held.completedMs - killedAt) / 1000).toFixed(1) : '',
        },
        {
          job: `next window ${new Date(boundary + TTL_SECONDS * 1000).toISOString().slice(11, 19)}`,
          state: next?.state ?? 'NOT COMPLETED',
          retries: next?.retries ?? '',
          's after the kill': next ? ((next.completedMs - killedAt) / 1000).toFixed(1) : '',
        },
      ],
      firstRefreshAfterKillS: firstAfter / 1000,
      // The held job's run resumes once pg-boss expires it (a third of a TTL after it started) at its next maintenance: within one TTL.
      pass: Boolean(held && held.retries >= 1 && next) && firstAfter <= TTL_SECONDS * 1000,
      note: `first refresh completed on a survivor ${(firstAfter / 1000).toFixed(1)} s after the kill (TTL ${TTL_SECONDS} s; ${firstAfter <= TTL_SECONDS * 1000 ? 'within' : 'NOT within'} one TTL, the bound; pg-boss maintenance every ${MAINTENANCE_SECONDS} s)`,
    };
  }
  return {
    victim,
    phases,
    handover,
    pass: Boolean(trippedAt) && after.failed === 0 && after.requests > 0 && handover.pass,
    tripMs: trippedAt && trippedAt - killedAt,
    failedInTrip: trip.failed,
    failedAfter: after.failed,
  };
}

/** Starts the killed replica again on its port (same settings) and waits until HAProxy has it UP. */
export async function restartReplica(stack, victim) {
  const { cluster } = stack;
  const replica = await startReplica(victim.name, victim.port, cluster.settings);
  cluster.replicas[cluster.replicas.indexOf(victim)] = replica;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !(await cluster.haproxy.serverStates())[victim.name]?.startsWith('UP')) await sleep(200);
  return replica;
}
