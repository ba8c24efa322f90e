// Drill: the app SIGKILLed during a burst of notification deliveries. The compiled server runs as its
// own process on a real PostgreSQL; 1,000 deliveries (100 with --smoke) are queued through the API
// (sendTestNotification: the same outbox and pg-boss worker as alerts) to a loopback webhook receiver
// that answers slowly, the server is killed once a third has arrived, and a new server is started on
// the same database. Then every delivery must reach the receiver: counted by raw requests and by
// distinct Idempotency-Key. See bench/README.md.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { SMOKE, header, pool, run, table } from '../lib/report.mjs';
import { createBenchDatabase, migrate, sql, stopEmbedded } from '../lib/database.mjs';
import { startServerProcess } from '../lib/server-process.mjs';

const DELIVERIES = SMOKE ? 100 : 1_000;
const CHANNELS = 10;
const RECEIVER_DELAY_MS = 25; // a slow integrator: the burst lasts long enough to kill the app in it
const KILL_AT = Math.floor(DELIVERIES / 3);
const SETTLE_TIMEOUT_MS = 240_000;
const SECRET = 'whsec-drill-0123456789abcdef';
const SEND_TEST = 'mutation ($id: ID!) { sendTestNotification(channelId: $id) { id } }';

/** Loopback webhook receiver: counts every request, each key, and bad signatures. */
async function startReceiver() {
  const perKey = new Map();
  const stats = { raw: 0, badSignatures: 0 };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const expected = `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`;
      if (req.headers['x-minegnk-signature'] !== expected) stats.badSignatures++;
      const key = String(req.headers['idempotency-key'] ?? '');
      stats.raw++;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
      setTimeout(() => res.end(), RECEIVER_DELAY_MS);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    stats,
    perKey,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

async function statuses(dbUrl) {
  const rows = await sql(dbUrl, `SELECT status, count(*)::int AS n FROM notification_deliveries GROUP BY status`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

async function main() {
  header(`drill: app SIGKILLed during a burst of ${DELIVERIES} webhook deliveries`);
  const db = await createBenchDatabase();
  await migrate(db.url);
  const receiver = await startReceiver();
  let server;
  try {
    const [user] = await sql(db.url, `INSERT INTO users (email, password_hash) VALUES ('deliveries@bench.test', 'x') RETURNING id, email, role`);
    const channels = await sql(
      db.url,
      `INSERT INTO notification_channels (user_id, kind, target, label, min_severity, secret)
       SELECT $1, 'WEBHOOK', $2, 'hook ' || i, 'INFO', $3 FROM generate_series(1, $4) i RETURNING id`,
      [user.id, receiver.url, SECRET, CHANNELS],
    );
    const env = {
      DATABASE_URL: db.url,
      SIMULATOR: 'on',
      NOTIFY_RETRY_DELAY_SECONDS: '1',
      NOTIFY_ALLOW_PRIVATE_TARGETS: 'true', // the receiver is on loopback
    };
    server = await startServerProcess(env);
    const token = server.token(user);
    const t0 = Date.now();
    const queued = await pool(DELIVERIES, 20, async (i) => {
      const r = await server.gql(SEND_TEST, { id: channels[i % CHANNELS].id }, token);
      if (r.errors || !r.data?.sendTestNotification) throw new Error(`sendTestNotification failed: ${r.text ?? JSON.stringify(r.errors)}`);
      return r.data.sendTestNotification.id;
    });
    const failedToQueue = queued.filter((q) => q?.thrown);
    if (failedToQueue.length) throw failedToQueue[0].thrown;
    const queuedMs = Date.now() - t0;

    while (receiver.stats.raw < KILL_AT) await new Promise((r) => setTimeout(r, 5));
    process.kill(server.pid, 'SIGKILL');
    const killedAt = Date.now();
    await server.close();
    const atKill = { received: receiver.stats.raw, ...(await statuses(db.url)) };

    server = await startServerProcess(env);
    const restartedAt = Date.now();
    let now = await statuses(db.url);
    while ((now.SENT ?? 0) + (now.FAILED ?? 0) < DELIVERIES && Date.now() - restartedAt < SETTLE_TIMEOUT_MS) {
      await new Promise((r) => setTimeout(r, 500));
      now = await statuses(db.url);
    }
    const settledMs = Date.now() - restartedAt;
    await new Promise((r) => setTimeout(r, 2000)); // a late duplicate would show up here

    const distinct = receiver.perKey.size;
    const duplicates = receiver.stats.raw - distinct;
    const lost = DELIVERIES - distinct;
    table('timeline', [
      {
        'queued (ms)': queuedMs,
        'killed at (ms)': killedAt - t0,
        'received at kill': atKill.received,
        'rows at kill SENT/PENDING': `${atKill.SENT ?? 0}/${atKill.PENDING ?? 0}`,
        'all settled after restart (ms)': settledMs,
      },
    ]);
    table('after restart (targets: sent = distinct keys = deliveries, lost 0; duplicates: at most the sends in flight at the kill, same key)', [
      {
        deliveries: DELIVERIES,
        'sent (rows)': now.SENT ?? 0,
        'failed (rows)': now.FAILED ?? 0,
        'pending (rows)': now.PENDING ?? 0,
        'receiver raw': receiver.stats.raw,
        'distinct keys': distinct,
        duplicates,
        lost,
        'bad signatures': receiver.stats.badSignatures,
      },
    ]);
    console.log(`sent ${now.SENT ?? 0}, receiver raw ${receiver.stats.raw}, distinct keys ${distinct}, duplicates ${duplicates}, lost ${lost}`);
    return lost > 0 || (now.SENT ?? 0) !== DELIVERIES || receiver.stats.badSignatures > 0 ? 1 : 0;
  } finally {
    await server?.close().catch(() => undefined);
    await receiver.close();
    await db.drop();
  }
}

run(main, stopEmbedded);
