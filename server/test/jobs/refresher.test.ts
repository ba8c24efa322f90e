import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EARNINGS_BACKFILL_EPOCHS, SUMMARY_FETCHES_PER_RUN, ngonkaToGnk } from '../../src/modules/earnings/earnings-sync.service.js';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';
import { seedCustomerWithNodes } from '../helpers/seed.js';
import { simFault, simClearFaults, simReset, simStats } from '../helpers/sim.js';

let app: TestApp;
let refresher: RefresherService;
let tracked: string[];

before(async () => {
  app = await startTestApp();
  refresher = app.running.app.get(RefresherService);
  tracked = app.running.upstreams.simulator!.addresses().slice(0, 12);
  await seedCustomerWithNodes(app, 'owner@example.com', tracked);
});
after(() => app.close());

const q = (sql: string, params: unknown[] = []) => withClient(app.db.url, (c) => c.query(sql, params)).then((r) => r.rows);

test('ngonka → GNK is exact', () => {
  assert.equal(ngonkaToGnk(48552031736571n), '48552.031736571');
  assert.equal(ngonkaToGnk(5n), '0.000000005');
  assert.equal(ngonkaToGnk(123456789012345678901234567n), '123456789012345678.901234567');
});

test('a refresh stores a snapshot and a first status event for every tracked node', async () => {
  const report = await refresher.refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  assert.equal(report.tracked, 12);
  const snaps = await q(`SELECT status, status_reason, status_rule FROM node_stats_cache`);
  assert.equal(snaps.length, 12);
  for (const s of snaps) {
    assert.ok(['healthy', 'unhealthy', 'jailed', 'offline'].includes(s.status));
    assert.ok(s.status_reason && s.status_rule);
  }
  const events = await q(`SELECT old_status, new_status FROM node_status_events`);
  assert.equal(events.length, 12, 'one initial transition per node');
  assert.ok(events.every((e) => e.old_status === null));
});

test('earnings come from settled epochs, exact, one row per node and epoch, written once', async () => {
  const rows = await q(`SELECT n.identifier, h.epoch, h.earnings_gnk::text AS gnk, h.claimed FROM earnings_history h JOIN nodes n ON n.id = h.node_id`);
  assert.equal(rows.length, 12 * SUMMARY_FETCHES_PER_RUN, 'first refresh: the newest settled epochs, within the per-run budget');
  // Compare one settled epoch with the chain's own summary, to the ngonka.
  const epoch = Math.max(...rows.map((r) => r.epoch)) - 1;
  const sim = app.running.upstreams.simulator!;
  const res = await fetch(`${sim.url}/chain-api/productscience/inference/inference/epoch_performance_summary/${epoch}`);
  const body = (await res.json()) as any;
  const list: any[] = body.epochPerformanceSummary ?? body.epoch_performance_summary ?? Object.values(body)[0];
  let compared = 0;
  for (const r of rows.filter((x) => x.epoch === epoch)) {
    const chain = list.find((s: any) => s.participant_id === r.identifier);
    const expected = chain ? ngonkaToGnk(BigInt(chain.rewarded_coins ?? 0)) : '0.000000000';
    assert.equal(r.gnk, expected, `${r.identifier} epoch ${epoch}`);
    compared++;
  }
  assert.equal(compared, 12);
  // Later refreshes continue the back-fill until the window is full, then add nothing.
  // (Refreshes run a TTL apart in production; resetting the simulator's rate window stands for that.)
  for (let i = 0; i < Math.ceil(EARNINGS_BACKFILL_EPOCHS / SUMMARY_FETCHES_PER_RUN) + 1; i++) {
    await simReset(app);
    const r = await refresher.refreshNow();
    assert.equal(r.error, undefined);
  }
  const full = (await q(`SELECT count(*)::int AS n FROM earnings_history`))[0].n;
  assert.equal(full, 12 * EARNINGS_BACKFILL_EPOCHS, 'the back-fill window, once per node and epoch');
  await simReset(app);
  assert.equal((await refresher.refreshNow()).error, undefined);
  const count = await q(`SELECT count(*)::int AS n FROM earnings_history`);
  assert.equal(count[0].n, full, 'no duplicate rows for settled epochs');
});

test('a new epoch adds one row per node; earlier settled epochs are read again only to make their claim flags final', async () => {
  const before = (await q(`SELECT count(*)::int AS n, max(epoch) AS e FROM earnings_history`))[0];
  app.running.upstreams.simulator!.advanceEpoch();
  await simReset(app);
  const report = await refresher.refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  const after = (await q(`SELECT count(*)::int AS n, max(epoch) AS e FROM earnings_history`))[0];
  assert.equal(after.e, before.e + 1);
  assert.equal(after.n, before.n + 12);
  const summaryCalls = async () => {
    const calls = Object.entries(await simStats(app)).filter(([k]) => k.includes('epoch_performance_summary'));
    return { n: calls.reduce((s, [, n]) => s + n, 0), calls: JSON.stringify(calls) };
  };
  // The newly settled epoch, and the previous one once more when a reward of it was unclaimed: its
  // claim window has just closed, and that last read makes its claim flags final (epoch guard).
  const first = await summaryCalls();
  assert.ok(first.n <= 2, `only the newly settled epoch and the one whose window closed: ${first.calls}`);
  const finals = await q(`SELECT epoch FROM settled_epochs WHERE claims_final ORDER BY epoch`);
  assert.ok(
    finals.every((r) => r.epoch < after.e),
    'only epochs whose window closed are final',
  );
  await simReset(app);
  assert.equal((await refresher.refreshNow()).error, undefined);
  const second = await summaryCalls();
  assert.ok(second.n <= 1, `afterwards only the epoch in its claim window: ${second.calls}`);
});

test('upstream down: the refresh fails, is recorded, and the last good data stays', async () => {
  const before = await q(`SELECT node_id, status, fetched_at FROM node_stats_cache ORDER BY node_id`);
  await simFault(app, { route: '*', kind: 'http500' });
  try {
    const report = await refresher.refreshNow();
    assert.equal(report.ok, false);
    const after = await q(`SELECT node_id, status, fetched_at, last_error FROM node_stats_cache ORDER BY node_id`);
    assert.deepEqual(
      after.map((r) => [r.node_id, r.status, r.fetched_at.toISOString()]),
      before.map((r) => [r.node_id, r.status, r.fetched_at.toISOString()]),
    );
    assert.ok(
      after.every((r) => r.last_error),
      'failure recorded on each node',
    );
  } finally {
    await simClearFaults(app);
  }
});

test('/metrics exposes upstream counters, cache lookups and refresh durations', async () => {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  assert.match(text, /upstream_requests_total\{source="gonka_api",route="[^"]+",outcome="success"\} \d+/);
  assert.match(text, /upstream_requests_total\{[^}]*outcome="http_5xx"\}/);
  assert.match(text, /cache_lookups_total\{/);
  assert.match(text, /refresh_duration_seconds_count\{job="nodes",outcome="error"\} 1/);
  assert.match(text, /upstream_breaker_open\{source="gonka_api",host="http:\/\/127\.0\.0\.1:\d+"\} 1/, 'the 500s opened the breaker');
});
