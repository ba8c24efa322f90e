/**
 * The health timeline carries codes and figures (issue #15, defect 8): a status change scripted
 * through the simulator (`POST /__sim/hosts/{address}`) is recorded with the rule that fired and the
 * same figures as Node.statusDetails, so clients word it in their own language. Real database, real
 * HTTP; events stored before rules were kept answer null.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const DETAILS = 'jailedUntil participantStatus exclusionReason missedRate invalidationRate confirmationPocRatio threshold';
const NODE = `query($id: ID!) { node(id: $id) { status statusReason statusRule statusDetails { ${DETAILS} }
  statusHistory { at oldStatus newStatus reason rule details { ${DETAILS} } } } }`;

let app: TestApp;
let token: string;
const ids: string[] = [];
let addresses: string[] = [];

const sim = () => app.running.upstreams.simulator!;

/** One refresh a TTL apart: the simulator's rate window reset, its host scripts kept. */
async function refresh(): Promise<void> {
  await fetch(`${sim().url}/__sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hosts: false }) });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
}

async function script(address: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sim().url}/__sim/hosts/${address}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.text());
}

async function nodeOf(i: number) {
  const res = await app.gql(NODE, { id: ids[i] }, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node;
}

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  const session = await registerCustomer(app, 'timeline@example.com');
  token = session.accessToken;
  await refresh(); // warm the view: pick hosts that are healthy now
  const members: string[] = ((await (await fetch(`${sim().url}/v1/epochs/current/participants`)).json()) as any).active_participants.participants.map(
    (p: any) => p.index,
  );
  const probe = await linkNodes(app, session.user.id, members.slice(0, 30));
  await refresh();
  const healthy: number[] = [];
  for (const [i, id] of probe.entries()) {
    const res = await app.gql(`query($id: ID!) { node(id: $id) { status } }`, { id }, token);
    if (res.data.node.status === 'HEALTHY') healthy.push(i);
  }
  assert.ok(healthy.length >= 2, 'two healthy hosts to script');
  addresses = healthy.slice(0, 2).map((i) => members[i]);
  ids.push(...healthy.slice(0, 2).map((i) => probe[i]));
});
after(() => app.close());

test('a first observation is recorded with its rule and no figures', async () => {
  const node = await nodeOf(0);
  const first = node.statusHistory.at(-1);
  assert.deepEqual([first.oldStatus, first.newStatus, first.rule], [null, 'HEALTHY', 'ALL_CHECKS_PASSED']);
  assert.ok(
    Object.values(first.details).every((v) => v === null),
    JSON.stringify(first.details),
  );
});

test('a scripted miss rate and a jailing are recorded with the rule and the figures of Node.statusDetails', async () => {
  await script(addresses[0], { missRate: 0.5 });
  await script(addresses[1], { jailed: true });
  await refresh();
  const missed = await nodeOf(0);
  const [change] = missed.statusHistory;
  assert.deepEqual([change.oldStatus, change.newStatus, change.rule], ['HEALTHY', 'UNHEALTHY', 'MISSED_RATE']);
  assert.deepEqual(change.details, missed.statusDetails);
  assert.equal(change.details.threshold, 0.1);
  assert.ok(Math.abs(change.details.missedRate - 0.5) < 0.05, `missed rate ${change.details.missedRate}`);
  assert.equal(change.reason, missed.statusReason, 'the English text is kept for older clients');

  const jailed = await nodeOf(1);
  const [jailing] = jailed.statusHistory;
  assert.deepEqual([jailing.newStatus, jailing.rule], ['JAILED', 'VALIDATOR_JAILED']);
  assert.deepEqual(jailing.details, jailed.statusDetails);
  assert.ok(Date.parse(jailing.details.jailedUntil) > Date.now(), `jailed until ${jailing.details.jailedUntil}`);
});

test('events stored before rules were kept answer rule and details null, with their text', async () => {
  await withClient(app.db.url, (c) =>
    c.query(
      `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason) VALUES ($1, now() - interval '1 day', NULL, 'offline', 'health check failed')`,
      [ids[0]],
    ),
  );
  const old = (await nodeOf(0)).statusHistory.at(-1);
  assert.deepEqual([old.reason, old.rule, old.details], ['health check failed', null, null]);
});
