/** `/hyperfusion/api/v1/participants/{address}/inferences`: shape, determinism, consistency with the counters. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { assertSameShape, fixture, getJson, manualClock, okJson, send } from './helpers.js';

const STATUSES = ['STARTED', 'FINISHED', 'VALIDATED', 'INVALIDATED', 'VOTING', 'EXPIRED'];
const ROUTE = '/hyperfusion/api/v1/participants/{address}/inferences';

describe('simulator participant inferences', () => {
  let sim: RunningSimulator;
  const clock = manualClock();
  const jobsOf = (address: string, query = '') => okJson(sim.hyperfusionUrl, `/api/v1/participants/${address}/inferences${query}`);

  before(async () => {
    sim = await startSimulator({ participants: 120, seed: 7, now: clock.now });
  });
  beforeEach(() => send(sim.url, 'POST', '/__sim/reset'));
  after(() => sim.close());

  /** Members of the current epoch with their tracker counters. */
  async function members(epoch = 158): Promise<any[]> {
    return (await okJson(sim.hyperfusionUrl, `/api/v1/inference/epochs/${epoch}`)).participants;
  }

  it('matches the gonka-tracker ParticipantInferencesResponse shape', async () => {
    const busy = (await members()).find((p) => Number(p.current_epoch_stats.inference_count) > 0);
    const body = await jobsOf(busy.address);
    assert.ok(body.successful.length > 0);
    assertSameShape(body, fixture('synthetic-hyperfusion-api-v1-participants-id-inferences.json'));
    for (const job of [...body.expired, ...body.invalidated]) {
      assertSameShape(job, fixture('synthetic-hyperfusion-api-v1-participants-id-inferences.json').successful[0]);
    }
    assert.equal(body.epoch_id, 158);
    assert.equal(body.participant_id, busy.address);
  });

  it('is a bounded, deterministic sample consistent with the host counters and models', async () => {
    const seen = new Map<string, number>();
    for (const p of await members(157)) {
      const body = await jobsOf(p.address, '?epoch_id=157');
      const all = [...body.successful, ...body.expired, ...body.invalidated];
      for (const job of all) seen.set(job.status, (seen.get(job.status) ?? 0) + 1);
      const stats = p.current_epoch_stats;
      assert.ok(all.length <= 50);
      assert.equal(all.length, Math.min(50, Number(stats.inference_count) + Number(stats.missed_requests)));
      assert.ok(body.expired.length <= Number(stats.missed_requests));
      assert.ok(body.invalidated.length <= Number(stats.invalidated_inferences));
      assert.ok(body.successful.every((j: any) => j.status === 'VALIDATED' || j.status === 'FINISHED'));
      assert.ok(body.expired.every((j: any) => j.status === 'EXPIRED' && j.completion_token_count === '0'));
      assert.ok(body.invalidated.every((j: any) => j.status === 'INVALIDATED' && j.validated_by.length > 0));
      for (const job of all) {
        assert.ok(STATUSES.includes(job.status));
        assert.ok(p.models.includes(job.model), `${job.model} is one of the host's models`);
        assert.ok(Number(job.prompt_token_count) > 0 && Number(job.prompt_token_count) < 10_000);
        assert.ok(Number(job.completion_token_count) < 10_000);
      }
      const heights = all.map((j) => Number(j.start_block_height));
      assert.ok(
        heights.every((h) => h >= 1_627_410 + (157 - 105) * 15_391 && h < 1_627_410 + (158 - 105) * 15_391),
        'jobs lie inside the epoch',
      );
    }
    assert.ok(seen.get('VALIDATED')! > seen.get('FINISHED')!, 'a settled epoch is mostly validated');
    assert.ok(seen.get('FINISHED')! > 0 && seen.get('EXPIRED')! > 0 && seen.get('INVALIDATED')! > 0, JSON.stringify([...seen]));
    const [first] = await members(157);
    assert.deepEqual(await jobsOf(first.address, '?epoch_id=157'), await jobsOf(first.address, '?epoch_id=157'));
  });

  it('the live epoch only grows: earlier jobs keep their ids, later ones appear', async () => {
    const busy = (await members()).find((p) => Number(p.current_epoch_stats.inference_count) > 60);
    const ids = (b: any) => [...b.successful, ...b.expired, ...b.invalidated].map((j: any) => j.inference_id);
    const before = await jobsOf(busy.address);
    clock.advance(20_000);
    const later = await jobsOf(busy.address);
    const kept = ids(before).filter((id: string) => ids(later).includes(id));
    assert.ok(kept.length > 0 && kept.length < ids(before).length, 'old jobs stay, newer ones push some out of the window');
    const height = (await okJson(sim.url, '/chain-rpc/status')).result.sync_info.latest_block_height;
    const newest = Math.max(...[...later.successful, ...later.expired, ...later.invalidated].map((j: any) => Number(j.start_block_height)));
    assert.ok(newest <= Number(height), 'no job starts after the current block');
  });

  it('404 for unknown hosts and epochs, 422 for a bad epoch_id; counted per route; faults apply', async () => {
    const [address] = sim.addresses();
    assert.equal((await getJson(sim.hyperfusionUrl, `/api/v1/participants/gonka1unknown/inferences`)).status, 404);
    assert.equal((await getJson(sim.hyperfusionUrl, `/api/v1/participants/${address}/inferences?epoch_id=4000`)).status, 404);
    const bad = await getJson(sim.hyperfusionUrl, `/api/v1/participants/${address}/inferences?epoch_id=abc`);
    assert.equal(bad.status, 422);
    assert.ok('detail' in bad.body);
    assert.equal((await send(sim.url, 'POST', '/__sim/faults', { route: ROUTE, kind: 'http500', count: 1 })).status, 200);
    assert.equal((await getJson(sim.hyperfusionUrl, `/api/v1/participants/${address}/inferences`)).status, 500);
    const stats = await okJson(sim.url, '/__sim/stats');
    assert.equal(stats.routes[ROUTE], 4);
    assert.equal(stats.routes['/hyperfusion/api/v1/participants/{address}'], undefined);
  });
});
