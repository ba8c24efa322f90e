// Drill: PostgreSQL restarted mid-load. The script starts its own embedded PostgreSQL (a real server
// process on a temp data dir), runs the app on it, and a third of the way through the load stops
// PostgreSQL (SIGINT: fast shutdown, every session terminated), keeps it down, then starts it again on
// the same data dir and port. The app is not restarted. See bench/README.md.
import { header, percentile, run, table } from '../lib/report.mjs';
import { sql } from '../lib/database.mjs';
import { seedCustomers } from '../lib/seed.mjs';
import { withStack } from '../lib/stack.mjs';
import { testing } from '../lib/surface.mjs';
import { DOWN, QUERY, SECONDS, WORKERS, WRITERS, loadThroughRestart } from './postgres-restart/load.mjs';
import { TABLES, counts, ownPostgres } from './postgres-restart/postgres.mjs';

const { RefresherService } = testing();

const BOUND_MS = 5000; // a failing request slower than this is a hang, not a clear failure

async function main() {
  header('drill: PostgreSQL restarted mid-load');
  if (process.env.DATABASE_URL) console.log('note: DATABASE_URL is ignored: the drill restarts its own embedded PostgreSQL');
  const pg = await ownPostgres();
  process.env.DATABASE_URL = pg.url; // startStack reads it at call time: the app's database lives on pg
  try {
    return await withStack({ SIMULATOR_PARTICIPANTS: '300' }, async (stack) => {
      const users = await seedCustomers(stack.dbUrl, { users: 20, perUser: 10, identifiers: stack.sim.addresses().slice(0, 200) });
      const tokens = users.map((u) => stack.token(u));
      await stack.get(RefresherService).refreshNow(); // stats in the cache and the PostgreSQL snapshot
      for (const t of tokens) {
        const r = await stack.gql(QUERY, undefined, t);
        if (r.errors || !r.data?.myNodes) throw new Error(`warm-up failed: ${r.text}`);
      }

      const { t0, samples, acked, health, marks, rowsBefore } = await loadThroughRestart(stack, pg, tokens);

      // Phases: requests that finished before the stop, that overlapped the outage, that started after PostgreSQL was back.
      const phaseOf = (s) => (s.end < marks.stopAt ? 'before' : s.start >= marks.upAt ? 'after' : 'gap');
      const gapMs = marks.upAt - marks.stopAt;
      const phases = { before: 'before the stop', gap: `overlapping the outage (${gapMs} ms)`, after: 'after PostgreSQL is back' };
      const rows = Object.entries(phases).map(([p, label]) => {
        const list = samples.filter((s) => phaseOf(s) === p);
        const lat = list.map((s) => s.end - s.start).sort((a, b) => a - b);
        const failedLat = list.filter((s) => !s.ok).map((s) => s.end - s.start);
        return {
          phase: label,
          requests: list.length,
          'reads/writes': `${list.filter((s) => s.kind === 'read').length}/${list.filter((s) => s.kind === 'write').length}`,
          ok: list.filter((s) => s.ok).length,
          failed: list.filter((s) => !s.ok).length,
          'p50 ms': percentile(lat, 50),
          'p99 ms': percentile(lat, 99),
          'max ms': lat.at(-1) ?? NaN,
          'max failed ms': failedLat.length ? Math.max(...failedLat) : '',
        };
      });
      table(
        `${WORKERS} readers + ${WRITERS} writers for ${SECONDS} s; PostgreSQL stopped at ${((marks.stopAt - t0) / 1000).toFixed(1)} s (shutdown took ${marks.stoppedAt - marks.stopAt} ms), down ${DOWN} s, accepting connections again at ${((marks.upAt - t0) / 1000).toFixed(1)} s (start took ${marks.upAt - marks.startAt} ms); app not restarted`,
        rows,
      );

      const byCode = {};
      for (const s of samples.filter((x) => !x.ok)) {
        for (const c of s.codes) {
          const k = `${phaseOf(s)}|${c}`;
          byCode[k] ??= { phase: phaseOf(s), code: c, requests: 0, reads: 0, writes: 0, leaks: 0, 'max ms': 0, 'example message': s.message ?? '' };
          byCode[k].requests++;
          byCode[k][s.kind === 'read' ? 'reads' : 'writes']++;
          if (s.leak) byCode[k].leaks++;
          byCode[k]['max ms'] = Math.max(byCode[k]['max ms'], s.end - s.start);
        }
      }
      table('failures by extensions.code (or transport error); target: only clear codes in the gap, nothing after', Object.values(byCode));

      const gap = samples.filter((s) => phaseOf(s) === 'gap');
      const isUnclear = (s) =>
        !s.ok &&
        (s.leak ||
          s.end - s.start > BOUND_MS ||
          s.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c.startsWith('transport') || c.startsWith('HTTP') || c === '(no code)'));
      const unclear = gap.filter(isUnclear).length;
      const after = samples.filter((s) => phaseOf(s) === 'after');
      const afterFailed = after.filter((s) => !s.ok).length;
      const firstOk = samples.filter((s) => s.ok && s.end >= marks.upAt).sort((a, b) => a.end - b.end)[0];
      const firstReadyAfter = health.filter((h) => h.at >= marks.upAt && h.status === 200).sort((a, b) => a.at - b.at)[0];
      const firstNotReady = health.filter((h) => h.end >= marks.stopAt && h.status !== 200).sort((a, b) => a.end - b.end)[0];
      const gapHealth = health.filter((h) => h.at >= marks.stopAt && h.at < marks.upAt); // probes sent during the outage
      const tally = (list) =>
        Object.entries(
          list.reduce((m, h) => {
            m[h.status] = (m[h.status] ?? 0) + 1;
            return m;
          }, {}),
        )
          .map(([k, v]) => `${k}×${v}`)
          .join(' ');

      // Afterwards: the same app answers every customer normally, and nothing stored was lost.
      const check = await Promise.all(tokens.map((t) => stack.gql(QUERY, undefined, t).catch((e) => ({ thrown: e }))));
      const checkFailed = check.filter((r) => r.thrown || r.errors || !r.data?.myNodes || r.data.myNodes.totalCount !== 10).length;
      const rowsAfter = await counts(stack.dbUrl);
      const storedIds = new Set((await sql(stack.dbUrl, 'SELECT id FROM support_requests')).map((r) => r.id));
      const ackedMissing = [...acked].filter((id) => !storedIds.has(id)).length;
      const storedNotAcked = [...storedIds].filter((id) => !acked.has(id)).length;

      table('recovery (app not restarted)', [
        {
          'first success after PG back (ms)': firstOk ? firstOk.end - marks.upAt : 'none',
          'max latency in the gap (ms)': Math.max(0, ...gap.map((s) => s.end - s.start)),
          'gap failures without a clear code (target 0)': unclear,
          'failures after PG back (target 0)': afterFailed,
          '/health/ready in the gap': tally(gapHealth),
          'not ready after stop (ms)': firstNotReady ? firstNotReady.end - marks.stopAt : 'never',
          'ready again after PG back (ms)': firstReadyAfter ? firstReadyAfter.at - marks.upAt : 'never',
          [`${tokens.length} customers re-checked, failed`]: checkFailed,
        },
      ]);
      const downBody = gapHealth.find((h) => h.status !== 200)?.body;
      if (downBody) console.log(`/health/ready body in the gap: ${downBody}`);
      table(
        'rows before the stop / after recovery (support_requests grows: writers ran on)',
        TABLES.map((t) => ({ table: t, before: rowsBefore[t], after: rowsAfter[t], change: rowsAfter[t] - rowsBefore[t] })),
      );
      const shrunk = TABLES.filter((t) => rowsAfter[t] < rowsBefore[t]).length;
      table('writes (createSupportRequest)', [
        {
          acknowledged: acked.size,
          'rows stored': storedIds.size,
          'acked but missing (target 0)': ackedMissing,
          'stored but not acked (commit raced the stop)': storedNotAcked,
        },
      ]);
      const lost = ackedMissing + shrunk;
      console.log(
        `lost (missing rows, target 0): ${lost}; failed after recovery (target 0): ${afterFailed + checkFailed}; unclear failures in the gap (target 0): ${unclear}`,
      );
      return lost + afterFailed + checkFailed + unclear > 0 ? 1 : 0;
    });
  } finally {
    await pg.remove();
  }
}

run(main);
