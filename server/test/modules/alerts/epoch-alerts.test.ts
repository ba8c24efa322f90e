/**
 * Epoch-guard alerts from scripted incidents: AT_RISK while the epoch runs (resolved when the next
 * epoch is fine), a settled epoch with 0 reward (with the verdict's reason), a claimable reward's
 * window closing, and the reward expiring — each once, from what the refresh stored.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { q, refresh, scriptHost } from './alerts-helpers.js';

let app: TestApp;
let owner: Session;
let scripted: number;
const nodeOf: Record<'downtime' | 'unclaimed', string> = { downtime: '', unclaimed: '' };

const sim = () => app.running.upstreams.simulator!;
const simJson = async (path: string) => (await fetch(`${sim().url}${path}`)).json() as Promise<any>;
const alertsOf = (kind: string, nodeId: string) =>
  q(app, `SELECT kind, state, severity, params, resolved_at FROM alerts WHERE kind = $1 AND node_id = $2 ORDER BY opened_at`, [kind, nodeId]);

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  scripted = (await simJson('/v1/epochs/latest')).latest_epoch.index;
  const members: string[] = (await simJson('/v1/epochs/current/participants')).active_participants.participants.map((p: any) => p.index);
  const excluded = new Set(
    ((await simJson(`/chain-api/productscience/inference/inference/excluded_participants/${scripted}`)).items as any[]).map((e) => e.address),
  );
  const [downtime, unclaimed] = members.filter((a) => !excluded.has(a));
  await scriptHost(app, downtime, { missRate: 0.5, toEpoch: scripted });
  await scriptHost(app, unclaimed, { claim: false });
  owner = await registerCustomer(app, 'epochs@example.com');
  [nodeOf.downtime, nodeOf.unclaimed] = await linkNodes(app, owner.user.id, [downtime, unclaimed]);
  await refresh(app);
});
after(() => app.close());

test('while the epoch runs: a downtime-failing host is EPOCH_AT_RISK, once', async () => {
  await refresh(app);
  const risk = await alertsOf('EPOCH_AT_RISK', nodeOf.downtime);
  assert.equal(risk.length, 1);
  assert.deepEqual([risk[0].state, risk[0].severity, risk[0].params.epoch, risk[0].params.reasonCode], ['OPEN', 'WARNING', scripted, 'DOWNTIME_FAILING']);
  assert.equal((await alertsOf('EPOCH_AT_RISK', nodeOf.unclaimed)).length, 0);
});

test('once it settles: 0 reward is alerted once with the verdict, and the risk resolves', async () => {
  sim().advanceEpoch();
  await refresh(app);
  await refresh(app);
  const zero = await alertsOf('EPOCH_ZERO_REWARD', nodeOf.downtime);
  assert.equal(zero.length, 1, 'once, though later refreshes read the epoch again');
  assert.deepEqual([zero[0].params.epoch, zero[0].params.verdict], [scripted, 'ZERO_DOWNTIME']);
  assert.match(zero[0].params.verdictReason, /^paid 0: \d+ of \d+ requests missed/);
  const res = await app.gql(`{ alerts(first: 50) { nodes { kind title message link } } }`, {}, owner.accessToken);
  const shown = res.data.alerts.nodes.find((a: any) => a.kind === 'EPOCH_ZERO_REWARD');
  assert.equal(shown.title, `${(await q(app, `SELECT identifier FROM nodes WHERE id = $1`, [nodeOf.downtime]))[0].identifier}: epoch ${scripted} paid 0`);
  assert.equal(shown.link, `/nodes/${nodeOf.downtime}`);
  const risk = await alertsOf('EPOCH_AT_RISK', nodeOf.downtime);
  assert.equal(risk.at(-1).state, 'RESOLVED', 'the next epoch is not at risk');
  assert.equal((await alertsOf('EPOCH_ZERO_REWARD', nodeOf.unclaimed)).length, 0, 'a paid epoch is no zero-reward alert');
});

test('a claimable reward: its window closing is alerted; once the window closed, the expiry once', async () => {
  // The simulator's epochs are far shorter than the default 6 h: the window always closes "soon".
  const closing = await alertsOf('CLAIM_WINDOW_CLOSING', nodeOf.unclaimed);
  assert.equal(closing.length, 1);
  assert.equal(closing[0].state, 'OPEN');
  assert.equal(closing[0].params.epoch, scripted);
  assert.match(String(closing[0].params.amount), /^[1-9]\d*$/, 'the amount in ngonka');
  assert.ok(Date.parse(closing[0].params.closesAt) > 0);
  sim().advanceEpoch();
  await refresh(app);
  await refresh(app);
  await refresh(app);
  const expired = await alertsOf('REWARD_EXPIRED', nodeOf.unclaimed);
  assert.equal(expired.length, 1);
  assert.deepEqual([expired[0].params.epoch, expired[0].params.amount], [scripted, closing[0].params.amount]);
  const after = await alertsOf('CLAIM_WINDOW_CLOSING', nodeOf.unclaimed);
  assert.equal(after[0].state, 'RESOLVED', 'no longer claimable');
  // The host is scripted never to claim: the next epoch's reward is claimable now, its own alert.
  assert.deepEqual(
    after.slice(1).map((a) => [a.state, a.params.epoch]),
    [['OPEN', scripted + 1]],
  );
});
