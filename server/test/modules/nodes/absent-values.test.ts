import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { registerCustomer } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * "Absent is not zero", end to end: hosts of the simulator that list their ML nodes without a
 * `throughput` (as mainnet's list does) must read `tokensPerSec: null` — not 0 — while they serve jobs.
 */
let app: TestApp;
let sim: string;

before(async () => {
  app = await startTestApp();
  sim = app.running.upstreams.simulator!.url;
});
after(() => app.close());

interface WireParticipant {
  index: string;
  ml_nodes: { ml_nodes: { throughput?: number }[] }[];
}

async function json(path: string): Promise<any> {
  const res = await fetch(`${sim}${path}`);
  assert.equal(res.status, 200, path);
  return res.json();
}

async function inferenceCount(address: string): Promise<number> {
  const body = await json(`/chain-api/productscience/inference/inference/participant/${address}`);
  return Number(body.participant.current_epoch_stats?.inference_count ?? 0);
}

/** First host (in list order) whose ML nodes all omit / all declare throughput, and that served inferences. */
async function pickHost(participants: WireParticipant[], declares: boolean): Promise<{ address: string; throughput: number }> {
  for (const p of participants) {
    const nodes = p.ml_nodes.flatMap((g) => g.ml_nodes);
    if (nodes.length === 0 || !nodes.every((n) => 'throughput' in n === declares)) continue;
    if ((await inferenceCount(p.index)) === 0) continue;
    return { address: p.index, throughput: nodes.reduce((sum, n) => sum + (n.throughput ?? 0), 0) };
  }
  throw new Error(`no simulator host with declaresThroughput=${declares} and inferences`);
}

test('a host that declares no throughput reads tokensPerSec null (not 0) while its jobs are counted', async () => {
  const participants: WireParticipant[] = (await json('/v1/epochs/current/participants')).active_participants.participants;
  const silent = await pickHost(participants, false);
  const declaring = await pickHost(participants, true);

  const customer = await registerCustomer(app, 'absent-throughput@example.com');
  await withClient(app.db.url, async (c) => {
    for (const identifier of [silent.address, declaring.address]) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [customer.user.id, n.rows[0].id]);
    }
  });

  const res = await app.gql(`{ myNodes(first: 10) { nodes { identifier status tokensPerSec jobsDay weight } } }`, {}, customer.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const byAddress = new Map(res.data.myNodes.nodes.map((n: any) => [n.identifier, n]));
  const a: any = byAddress.get(silent.address);
  const b: any = byAddress.get(declaring.address);
  assert.equal(a.tokensPerSec, null, 'no throughput in the source: unknown, not 0');
  assert.ok(a.jobsDay > 0, `jobs are still counted (jobsDay ${a.jobsDay})`);
  assert.ok(a.weight > 0);
  assert.equal(b.tokensPerSec, declaring.throughput, 'a declared throughput is the sum of the ML nodes');
});
