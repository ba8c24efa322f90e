/**
 * A node passed from one customer to another: the new owner sees only what happened since their
 * assignment; the previous owner's income history keeps their period. Real app, simulator upstream.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EARNINGS_BACKFILL_EPOCHS, SUMMARY_FETCHES_PER_RUN } from '../../../src/modules/earnings/earnings-sync.service.js';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { refreshOnce } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let nodeId: string;
let address: string;

const q = (sql: string, params: unknown[] = []) => withClient(app.db.url, (c) => c.query(sql, params)).then((r) => r.rows);
const RANGE = { from: new Date(Date.now() - 300 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };

const NODE = `query($id: ID!, $range: DateRangeInput) { node(id: $id) {
  earningsDay earningsTotal uptimePercent
  earnings(granularity: EPOCH, range: $range) { epoch amount periodStart }
  statusHistory(range: $range) { at newStatus }
  inferenceJobs(first: 100) { nodes { startedAt } }
} }`;
const MY_NODES = `{ myNodes(orderBy: { field: EARNINGS_TOTAL, direction: DESC }) { nodes { id earningsDay earningsTotal } } }`;
const DASHBOARD = `query($range: DateRangeInput) { dashboard { earningsMonth earningsSeries(granularity: DAY, range: $range) { amount } recentActivity(first: 50) { nodes { kind message createdAt } } } }`;
const sum = (amounts: string[]) => amounts.reduce((s, a) => s + Math.round(Number(a) * 1e9), 0);

const refresh = () => refreshOnce(app);

async function gql(query: string, token: string, variables: Record<string, unknown> = {}) {
  const res = await app.gql(query, variables, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'first-owner@example.com');
  bob = await registerCustomer(app, 'second-owner@example.com');
  const sim = app.running.upstreams.simulator!;
  // A host that earns and serves jobs, so there is a history to leak.
  const current = (await (await fetch(`${sim.hyperfusionUrl}/api/v1/inference/current`)).json()) as any;
  address = current.participants.find((p: any) => Number(p.current_epoch_stats.inference_count) >= 20 && Number(p.weight) > 0).address;
  const res = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    {
      input: { identifier: address, identifierType: 'WALLET', userId: alice.user.id, displayName: 'passed-on' },
    },
    admin.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  nodeId = res.data.assignNode.id;

  // Alice's period: back-filled epochs, two more settled epochs, a status timeline over days.
  for (let i = 0; i < 2; i++) {
    sim.advanceEpoch();
    await refresh();
  }
  // The back-fill completes within her period (a few epochs per refresh), so every later row is
  // an epoch that settled after her.
  for (let i = 0; i < Math.ceil(EARNINGS_BACKFILL_EPOCHS / SUMMARY_FETCHES_PER_RUN); i++) await refresh();
  await q(`UPDATE node_status_events SET at = at - interval '3 days' WHERE node_id = $1`, [nodeId]);
  await q(
    `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason) VALUES
       ($1, now() - interval '2 days', 'healthy', 'offline', 'health check failing'),
       ($1, now() - interval '1 day', 'offline', 'healthy', 'ok')`,
    [nodeId],
  );
  await q(`UPDATE node_stats_cache SET status = 'healthy' WHERE node_id = $1`, [nodeId]);
});
after(() => app.close());

test("the second owner sees nothing of the first owner's period; the first keeps their income history", async () => {
  const aliceEarnings = await q(`SELECT earnings_gnk::text AS gnk FROM earnings_history WHERE node_id = $1`, [nodeId]);
  assert.ok(sum(aliceEarnings.map((r) => r.gnk)) > 0, 'the node earned during the first period');
  const aliceDashboard = await gql(DASHBOARD, alice.accessToken, { range: RANGE });
  const aliceNode = (await gql(NODE, alice.accessToken, { id: nodeId, range: RANGE })).node;
  assert.ok(aliceNode.statusHistory.length >= 3 && aliceNode.earnings.length > 0);

  const un = await app.gql(`mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`, { input: { nodeId } }, admin.accessToken);
  assert.equal(un.errors, undefined, JSON.stringify(un.errors));
  await new Promise((r) => setTimeout(r, 20));
  const re = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    {
      input: { identifier: address, identifierType: 'WALLET', userId: bob.user.id },
    },
    admin.accessToken,
  );
  assert.equal(re.errors, undefined, JSON.stringify(re.errors));
  const [{ assigned_at: bobSince }] = await q(`SELECT assigned_at FROM user_nodes WHERE node_id = $1`, [nodeId]);

  // Bob, right after his assignment: no earnings, no timeline, no jobs from before it.
  const bobNode = (await gql(NODE, bob.accessToken, { id: nodeId, range: RANGE })).node;
  assert.equal(Number(bobNode.earningsTotal), 0, 'earningsTotal counts only his period');
  assert.equal(Number(bobNode.earningsDay), 0, 'earningsDay counts only his period');
  assert.deepEqual(bobNode.earnings, [], 'no earlier epochs in his earnings');
  assert.deepEqual(bobNode.statusHistory, [], 'no earlier status transitions');
  assert.equal(bobNode.uptimePercent, 100, 'uptime only over his period (the node has been healthy since)');
  for (const job of bobNode.inferenceJobs.nodes) {
    assert.ok(job.startedAt && new Date(job.startedAt) >= bobSince, `job of ${job.startedAt} predates his assignment`);
  }
  const bobList = (await gql(MY_NODES, bob.accessToken)).myNodes.nodes;
  assert.deepEqual(
    bobList.map((n: any) => [n.id, Number(n.earningsDay), Number(n.earningsTotal)]),
    [[nodeId, 0, 0]],
  );
  const bobDashboard = await gql(DASHBOARD, bob.accessToken, { range: RANGE });
  assert.equal(Number(bobDashboard.dashboard.earningsMonth), 0);
  assert.equal(sum(bobDashboard.dashboard.earningsSeries.map((p: any) => p.amount)), 0);
  assert.deepEqual(
    bobDashboard.dashboard.recentActivity.nodes.map((e: any) => e.kind),
    ['ASSIGNMENT'],
    "none of Alice's feed lines",
  );

  // Alice no longer has the node, but her income history keeps her period.
  const aliceAfter = await gql(DASHBOARD, alice.accessToken, { range: RANGE });
  assert.equal(aliceAfter.dashboard.earningsMonth, aliceDashboard.dashboard.earningsMonth, 'her month still counts her period');
  assert.deepEqual(aliceAfter.dashboard.earningsSeries, aliceDashboard.dashboard.earningsSeries, 'her chart keeps her period');
  assert.equal(sum(aliceAfter.dashboard.earningsSeries.map((p: any) => p.amount)), sum(aliceEarnings.map((r) => r.gnk)));

  // A new epoch settles in Bob's period: his, not Alice's.
  app.running.upstreams.simulator!.advanceEpoch();
  await refresh();
  const [latest] = await q(`SELECT epoch, earnings_gnk::text AS gnk FROM earnings_history WHERE node_id = $1 ORDER BY epoch DESC LIMIT 1`, [nodeId]);
  const bobLater = (await gql(NODE, bob.accessToken, { id: nodeId, range: RANGE })).node;
  assert.deepEqual(
    bobLater.earnings.map((e: any) => e.epoch),
    [latest.epoch],
  );
  assert.equal(sum([bobLater.earningsTotal]), sum([latest.gnk]));
  const aliceLater = await gql(DASHBOARD, alice.accessToken, { range: RANGE });
  assert.deepEqual(aliceLater.dashboard.earningsSeries, aliceDashboard.dashboard.earningsSeries, "Bob's epoch is not in her chart");

  // Admins still see the node's whole history.
  const adminNode = (await gql(NODE, admin.accessToken, { id: nodeId, range: RANGE })).node;
  assert.equal(adminNode.earnings.length, aliceNode.earnings.length + 1);
  assert.ok(adminNode.statusHistory.length >= aliceNode.statusHistory.length);
});
