/**
 * EpochRisk.models end to end: real database, real HTTP to the simulator; each node's participation
 * is compared with what the chain's own routes answer (models_all and the current epoch's entry).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { CacheService } from '../../../src/cache/cache.service.js';
import { GOVERNANCE_MODELS_KEY } from '../../../src/network/governance-models.service.js';
import { simClearFaults, simFault, simStats } from '../../helpers/sim.js';

const CHAIN = '/chain-api/productscience/inference/inference';
const MODELS = `query($id: ID!) { node(id: $id) { epochRisk { epoch models { modelId status weightCost weightCostShare } } } }`;
const RISK_ONLY = `query($id: ID!) { node(id: $id) { epochRisk { epoch level } } }`;

interface Entry {
  index: string;
  weight: number;
  models: string[];
}

let app: TestApp;
let token: string;
let governance: string[];
let entries: Entry[];
const ids = new Map<string, string>();

const get = async (path: string) => (await fetch(`${app.running.upstreams.simulator!.url}${path}`)).json() as Promise<any>;
const modelsAllCalls = async () =>
  Object.entries(await simStats(app))
    .filter(([route]) => route.includes('models_all'))
    .reduce((n, [, calls]) => n + calls, 0);

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  governance = (await get(`${CHAIN}/models_all`)).model.map((m: { id: string }) => m.id);
  const participants: Entry[] = (await get('/v1/epochs/current/participants')).active_participants.participants;
  const partial = participants.filter((p) => p.models.length < governance.length).slice(0, 3);
  const full = participants.filter((p) => governance.every((m) => p.models.includes(m))).slice(0, 1);
  assert.ok(partial.length >= 2, 'the simulator has hosts that do not serve every governance model');
  entries = [...partial, ...full];
  const session = await registerCustomer(app, 'models@example.com');
  token = session.accessToken;
  const nodeIds = await linkNodes(
    app,
    session.user.id,
    entries.map((e) => e.index),
  );
  for (const [i, e] of entries.entries()) ids.set(e.index, nodeIds[i]);
  await refreshOnce(app);
});
after(() => app.close());

const modelsOf = async (address: string) => {
  const res = await app.gql(MODELS, { id: ids.get(address) }, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node.epochRisk.models as { modelId: string; status: string; weightCost: number | null; weightCostShare: number | null }[];
};

describe('EpochRisk.models', () => {
  it('lists every governance model: SERVED for those of the epoch entry, NOT_SERVED at 0.15 × weight for the others', async () => {
    for (const entry of entries) {
      const rows = await modelsOf(entry.index);
      assert.deepEqual(
        rows.map((r) => r.modelId),
        governance,
      );
      for (const row of rows) {
        if (entry.models.includes(row.modelId)) assert.deepEqual([row.status, row.weightCost, row.weightCostShare], ['SERVED', 0, 0], row.modelId);
        else {
          assert.deepEqual([row.status, row.weightCostShare], ['NOT_SERVED', 0.15], row.modelId);
          assert.ok(Math.abs(row.weightCost! - 0.15 * entry.weight) < 1e-9, `${row.weightCost} vs 0.15 × ${entry.weight}`);
        }
      }
      assert.ok(rows.some((r) => r.status === 'SERVED'));
    }
  });

  it('reads the governance list once per hour, not per node or request, and not at all unless asked', async () => {
    await app.running.app.get(CacheService).delete(GOVERNANCE_MODELS_KEY);
    const start = await modelsAllCalls();
    for (const address of ids.keys()) {
      const res = await app.gql(RISK_ONLY, { id: ids.get(address) }, token);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    }
    assert.equal(await modelsAllCalls(), start, 'the risk alone does not read models_all');
    for (const address of ids.keys()) await modelsOf(address);
    for (const address of ids.keys()) await modelsOf(address);
    assert.equal(await modelsAllCalls(), start + 1);
  });

  it('answers UNKNOWN for every model the host serves, without error, when the governance list cannot be had', async () => {
    const [entry] = entries;
    await app.running.app.get(CacheService).delete(GOVERNANCE_MODELS_KEY);
    await simFault(app, { route: `${CHAIN}/models_all`, kind: 'http500' });
    try {
      const rows = await modelsOf(entry.index);
      assert.deepEqual(
        rows.map((r) => [r.modelId, r.status, r.weightCost]),
        entry.models.map((m) => [m, 'UNKNOWN', null]),
      );
    } finally {
      await simClearFaults(app);
      await app.running.app.get(CacheService).delete(GOVERNANCE_MODELS_KEY);
    }
  });
});
