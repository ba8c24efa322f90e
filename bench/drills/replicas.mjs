// Drill: several replicas behind HAProxy (issue #17). Two stacks run side by side through the same
// TTL windows — one replica, and three — each with its own HAProxy (deploy/haproxy.cfg), fresh
// database, Redis namespace and simulator process (scripts/cluster.mjs), and are compared:
//   (a) upstream calls per TTL window, 3 replicas vs 1 (the simulators' /__sim/stats)
//   (b) exactly one refresher run per window (pg-boss's job rows and the replicas' /metrics)
//   (c) a node status change scripted through the simulator reaches a subscriber on each replica,
//       connected directly and through the balancer (WebSocket upgrade via HAProxy, one per replica)
//   (d) a replica SIGKILLed under load: failed requests at the balancer during the health-check trip
//       and after it, and the job it held resumed on another replica
//   (e) failed sign-ins spread over the replicas hit the throttle at the same attempt as on one
// Needs DATABASE_URL and REDIS_URL, and haproxy on PATH. Exit 1 when a check fails. See bench/README.md.
import { SMOKE, header, run, table } from '../lib/report.mjs';
import { killCheck, restartReplica } from './replicas/kill-check.mjs';
import { ATTEMPTS, loginsCheck } from './replicas/logins-check.mjs';
import { windowChecks } from './replicas/window-checks.mjs';
import { TTL_SECONDS, startWorld } from './replicas/world.mjs';

const SIZES = SMOKE ? { customers: 2, nodesEach: 5, participants: 100 } : { customers: 5, nodesEach: 10, participants: 300 };

async function main() {
  header(`drill: 1 vs 3 replicas behind HAProxy (TTL ${TTL_SECONDS} s)`);
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    console.log('skipped: needs DATABASE_URL and REDIS_URL (replicas share PostgreSQL and Redis)');
    return 0;
  }
  const t0 = Date.now();
  const world = await startWorld(SIZES);
  const verdicts = [];
  const verdict = (check, pass, figures) => verdicts.push({ check, result: pass ? 'pass' : 'FAIL', figures });
  try {
    console.log(
      `started in ${Math.round((Date.now() - t0) / 1000)} s: ${SIZES.customers} customers × ${SIZES.nodesEach} nodes registered and assigned through each balancer`,
    );

    const w = await windowChecks(world, { smoke: SMOKE, loadWorkers: 2 });
    table(
      `(a)(b) one TTL window from ${new Date(w.boundary).toISOString().slice(11, 19)} UTC, dashboard GETs through each balancer${SMOKE ? ' (smoke: the window ends 2 s after its refresh)' : ''}`,
      w.rows,
    );
    table('(a) upstream calls in the window by route', w.routeRows);
    verdict('(a) upstream calls per window, 3 replicas vs 1', w.a.pass, `${w.a.cluster} vs ${w.a.single} (ratio ${w.a.ratio.toFixed(2)}; target ≤ 1)`);
    verdict(
      '(b) one refresher run per window',
      w.b.pass,
      `cluster: ${w.b.cluster.jobs.length} job(s), ${w.b.cluster.runs} run(s) in /metrics; single: ${w.b.single.jobs.length}, ${w.b.single.runs}`,
    );
    table('(c) scripted OFFLINE reaching subscribers connected directly to each replica and through HAProxy', w.eventRows);
    verdict(
      '(c) status change reaches every replica’s subscriber',
      w.c.pass,
      `direct: ${w.c.direct.received} of ${w.c.direct.of}; through the balancer: ${w.c.balanced.received} of ${w.c.balanced.of} (on ${w.c.balanced.replicas.join(', ')})`,
    );

    const k = await killCheck(world.cluster, { boundary: w.boundary + TTL_SECONDS * 1000, smoke: SMOKE, workers: 6, afterMs: SMOKE ? 5000 : 15_000 });
    table(`(d) ${k.victim.name} SIGKILLed under load (GET queries through HAProxy, 6 workers)`, k.phases);
    if (k.handover.rows.length) table('(d) the jobs it held', k.handover.rows);
    console.log(`(d) ${k.handover.note}`);
    verdict(
      '(d) replica killed under load',
      k.pass,
      `trip ${k.tripMs ?? '?'} ms; failed during the trip ${k.failedInTrip}, after it ${k.failedAfter}${k.handover.firstRefreshAfterKillS ? `; refresh resumed after ${k.handover.firstRefreshAfterKillS.toFixed(1)} s` : ''}`,
    );
    if (!SMOKE) {
      await restartReplica(world.cluster, k.victim);
      console.log(`${k.victim.name} restarted on its port and back in HAProxy`);
    }

    const l = await loginsCheck(world);
    table(`(e) ${ATTEMPTS} failed sign-ins for one account from one address, through the balancer (code @replica)`, l.rows);
    verdict(
      '(e) sign-in throttle across replicas',
      l.pass,
      `first RATE_LIMITED at attempt ${l.cluster ?? 'none'} with ${world.cluster.cluster.replicas.length} replicas, ${l.single ?? 'none'} with 1 (target ${ATTEMPTS})`,
    );
  } finally {
    await world.close();
  }
  table(`verdicts (${Math.round((Date.now() - t0) / 1000)} s)`, verdicts);
  return verdicts.every((v) => v.result === 'pass') ? 0 : 1;
}

run(main, undefined, SMOKE ? 170_000 : 900_000);
