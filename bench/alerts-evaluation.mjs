// Alert evaluation at scale (issue #14): 10,000 tracked nodes of 1,000 customers, each customer with
// a webhook channel to a loopback receiver; 5% of the nodes go OFFLINE in one refresh. Prints, per
// refresh, the refresh's time, the alert evaluation's share of it and the upstream calls (against
// the steady-state refresh of the same run: the ratio must be 1.00 — alerts add no call), then the
// deliveries' rate until the receiver has every one. See bench/README.md.
import { createServer } from 'node:http';
import { SMOKE, header, run, table } from './lib/report.mjs';
import { sql, stopEmbedded } from './lib/database.mjs';
import { seedCustomers } from './lib/seed.mjs';
import { simApi, withStack } from './lib/stack.mjs';
import { testing } from './lib/surface.mjs';

const { RefresherService, AlertEvaluatorService } = testing();
const USERS = SMOKE ? 100 : 1_000;
const PER_USER = 10;
const NODES = USERS * PER_USER;
const CHANGING = Math.round(NODES * 0.05);

/** Counts deliveries; answers 200 at once (the bench measures the portal, not the receiver). */
async function receiver() {
  const keys = new Set();
  let raw = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      raw++;
      keys.add(req.headers['idempotency-key']);
      res.end('ok');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    counts: () => ({ raw, distinct: keys.size }),
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Polls `done` every 100 ms for at most 5 minutes. */
async function until(done) {
  const deadline = Date.now() + 300_000;
  while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

async function main() {
  header('alerts-evaluation');
  const hook = await receiver();
  try {
    await withStack({ SIMULATOR_PARTICIPANTS: String(NODES + 50) }, async (stack) => {
      const sim = simApi(stack.sim);
      const addrs = stack.sim.addresses().slice(0, NODES);
      const users = await seedCustomers(stack.dbUrl, { users: USERS, perUser: PER_USER, identifiers: addrs });
      await sql(
        stack.dbUrl,
        `INSERT INTO notification_channels (user_id, kind, target, label, min_severity, secret)
         SELECT unnest($1::uuid[]), 'WEBHOOK', $2, 'bench', 'INFO', 'bench-secret-0123456789abcdef'`,
        [users.map((u) => u.id), hook.url],
      );
      const evaluator = stack.get(AlertEvaluatorService);
      const evaluate = evaluator.evaluate.bind(evaluator);
      let evalMs = 0;
      evaluator.evaluate = async (input) => {
        const t = performance.now();
        try {
          return await evaluate(input);
        } finally {
          evalMs = performance.now() - t;
        }
      };
      const refresher = stack.get(RefresherService);
      const rows = [];
      const refresh = async (label) => {
        const before = (await sim.stats()).total;
        const t = performance.now();
        const report = await refresher.refreshNow();
        const ms = performance.now() - t;
        const calls = (await sim.stats()).total - before;
        const [{ n: opened }] = await sql(stack.dbUrl, `SELECT count(*)::int AS n FROM alerts WHERE kind = 'NODE_OFFLINE'`);
        rows.push({
          refresh: label,
          'status changes': report.statusChanges,
          'NODE_OFFLINE open': opened,
          'refresh ms': Math.round(ms),
          'evaluation ms': Math.round(evalMs),
          'evaluation share': (evalMs / ms).toFixed(2),
          'upstream calls': calls,
        });
      };
      await refresh('1: first observation');
      await refresh('2: steady (baseline)');
      for (const a of addrs.slice(0, CHANGING)) stack.sim.scriptHost(a, { offline: true });
      await refresh(`3: ${CHANGING} go offline (held: flap)`);
      // The seeded network has unhealthy hosts of its own: their alerts' deliveries drain first, so
      // the rate below is that of refresh 4's burst alone.
      const total = async () => (await sql(stack.dbUrl, `SELECT count(*)::int AS n FROM notification_deliveries`))[0].n;
      await until(async () => hook.counts().distinct >= (await total()));
      const drained = hook.counts().distinct;
      const sentFrom = performance.now();
      await refresh('4: still offline (alerts open)');
      const baseline = rows[1]['upstream calls'];
      for (const r of rows) r['calls ÷ baseline'] = (r['upstream calls'] / baseline).toFixed(2);
      table(`${NODES.toLocaleString('en')} tracked nodes, ${USERS.toLocaleString('en')} customers with a webhook each, ${CHANGING} nodes change status`, rows);

      const burst = (await total()) - drained;
      await until(async () => hook.counts().distinct >= drained + burst);
      const seconds = (performance.now() - sentFrom) / 1000;
      const [{ n: sent }] = await sql(stack.dbUrl, `SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'SENT'`);
      const { raw, distinct } = hook.counts();
      table('deliveries of refresh 4 (from its start until the receiver has them all)', [
        {
          burst,
          'rows SENT (all)': sent,
          'receiver raw (all)': raw,
          'distinct keys (all)': distinct,
          seconds: seconds.toFixed(1),
          'deliveries/s': (burst / seconds).toFixed(0),
        },
      ]);
      if (distinct < drained + burst) throw new Error(`only ${distinct - drained} of ${burst} deliveries arrived`);
    });
  } finally {
    await hook.close();
  }
}

run(main, stopEmbedded);
