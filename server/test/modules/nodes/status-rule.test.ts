import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { VIEW_KEY } from '../../../src/network/network-view.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { simClearFaults, simFault } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// Issue #15: the status reason as codes and figures, so clients word it in their own language.
let app: TestApp;
let token: string;

const NODES = `{ myNodes(first: 100) { nodes { identifier status statusReason statusRule
  statusDetails { jailedUntil participantStatus exclusionReason missedRate invalidationRate confirmationPocRatio threshold } } } }`;

before(async () => {
  app = await startTestApp();
  const alice = await registerCustomer(app, 'alice@example.com');
  await linkNodes(app, alice.user.id, app.running.upstreams.simulator!.addresses().slice(0, 100));
  token = alice.accessToken;
});
after(() => app.close());

/** What each rule's English reason says, and the figures it must come with. */
function assertWordedFromDetails(n: any) {
  const d = n.statusDetails;
  const label = `${n.identifier}: ${n.statusRule} "${n.statusReason}" ${JSON.stringify(d)}`;
  assert.ok(d, `figures known live: ${label}`);
  const percent = (f: number) => (f * 100).toFixed(1);
  switch (n.statusRule) {
    case 'MISSED_RATE':
      assert.ok(d.missedRate > d.threshold && d.threshold === 0.1, label);
      assert.ok(n.statusReason.startsWith(`missed rate ${percent(d.missedRate)}`), label);
      break;
    case 'INVALIDATION_RATE':
      assert.ok(d.invalidationRate > d.threshold && d.threshold === 0.1, label);
      assert.ok(n.statusReason.startsWith(`invalidation rate ${percent(d.invalidationRate)}`), label);
      break;
    case 'CONFIRMATION_POC_RATIO':
      assert.ok(d.confirmationPocRatio < d.threshold && d.threshold === 0.9, label);
      break;
    case 'VALIDATOR_JAILED':
      assert.equal(n.status, 'JAILED', label);
      assert.equal(n.statusReason, d.jailedUntil ? `validator jailed until ${d.jailedUntil}` : 'validator jailed', label);
      break;
    case 'PARTICIPANT_INVALID':
    case 'PARTICIPANT_INACTIVE':
      assert.equal(`PARTICIPANT_${d.participantStatus}`, n.statusRule, label);
      break;
    case 'EXCLUDED_THIS_EPOCH':
      assert.equal(n.statusReason, `excluded from the current epoch (${d.exclusionReason ?? 'no reason given'})`, label);
      break;
    default:
      assert.ok(['ALL_CHECKS_PASSED', 'NOT_IN_CURRENT_EPOCH', 'HEALTH_CHECK_FAILED'].includes(n.statusRule), label);
      assert.deepEqual(
        Object.values(d).filter((v) => v !== null),
        [],
        `no figures: ${label}`,
      );
  }
}

test('every node carries the rule of its status and the figures its reason is worded from', async () => {
  const res = await app.gql(NODES, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const nodes = res.data.myNodes.nodes;
  assert.equal(nodes.length, 100);
  for (const n of nodes) assertWordedFromDetails(n);
  const rules = new Map<string, number>();
  for (const n of nodes) rules.set(n.statusRule, (rules.get(n.statusRule) ?? 0) + 1);
  assert.ok(rules.get('ALL_CHECKS_PASSED'), 'healthy nodes say so');
  const withFigures = nodes.filter((n: any) => Object.values(n.statusDetails).some((v) => v !== null));
  assert.ok(withFigures.length > 0, `some rule with figures fired: ${JSON.stringify([...rules])}`);
});

test('while the network is unreachable, the stored rule is served without figures (they are not stored)', async () => {
  const live = (await app.gql(NODES, {}, token)).data.myNodes.nodes;
  await refreshOnce(app);
  await app.running.app.get(CacheService).delete(VIEW_KEY);
  await simFault(app, { route: '*', kind: 'http500' });
  try {
    const res = await app.gql(NODES, {}, token);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const stored = res.data.myNodes.nodes;
    assert.deepEqual(
      stored.map((n: any) => [n.identifier, n.statusRule]),
      live.map((n: any) => [n.identifier, n.statusRule]),
    );
    assert.ok(stored.every((n: any) => n.statusDetails === null));
  } finally {
    await simClearFaults(app);
  }
});
