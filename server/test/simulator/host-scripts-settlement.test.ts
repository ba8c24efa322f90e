/** Host scripts at settlement: scripted epochs settle as scripted, served summaries never move, claims. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson, send } from './helpers.js';
import type { SummaryRow } from './settlement-oracle.js';

const EPOCH_MS = 60_000;

describe('simulator host scripts at settlement', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  const row = async (epoch: number, a: string): Promise<SummaryRow> =>
    (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}/${a}`)).epochPerformanceSummary;
  const currentEpoch = async () => Number((await okJson(sim.url, `${CHAIN}/get_current_epoch`)).epoch);
  /** Hosts paid in `epoch` (settled): ordinary hosts to script. */
  const paidIn = async (epoch: number): Promise<string[]> =>
    (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary
      .filter((r: SummaryRow) => r.rewarded_coins !== '0')
      .map((r: SummaryRow) => r.participant_id);

  before(async () => {
    sim = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
  });
  after(() => sim.close());

  it('a past epoch named explicitly settles as scripted: "an epoch that paid 0 last week"', async () => {
    const past = (await currentEpoch()) - 5;
    const [a, b] = await paidIn(past - 1);
    await send(sim.url, 'POST', `/__sim/hosts/${a}`, { excluded: 'participant has been inactive', fromEpoch: past, toEpoch: past });
    sim.scriptHost(b, { missRate: 0.4, fromEpoch: past, toEpoch: past });
    const excluded = await row(past, a);
    assert.equal(excluded.rewarded_coins, '0');
    const items = (await okJson(sim.url, `${CHAIN}/excluded_participants/${past}`)).items;
    assert.equal(items.find((i: any) => i.address === a)?.reason, 'participant has been inactive');
    const missed = await row(past, b);
    const [m, inf] = [Number(missed.missed_requests), Number(missed.inference_count)];
    assert.ok(inf >= 50 && Math.abs(m / (m + inf) - 0.4) < 0.01, `${m} missed of ${m + inf}`);
    assert.equal(missed.rewarded_coins, '0', 'failed the downtime test');
    const tracked = (await okJson(sim.hyperfusionUrl, `/api/v1/inference/epochs/${past}`)).participants.find((p: any) => p.address === b);
    assert.equal(tracked.current_epoch_stats.rewarded_coins, '0');
    // Epochs outside the range are untouched.
    assert.notEqual((await row(past - 1, a)).rewarded_coins, '0');
    assert.notEqual((await row(past + 1, a)).rewarded_coins, '0');
  });

  it('a default script starts now: the served summary of the last epoch does not change', async () => {
    const latest = (await currentEpoch()) - 1;
    const [a] = await paidIn(latest);
    const served = JSON.stringify(await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${latest}`));
    await send(sim.url, 'POST', `/__sim/hosts/${a}`, { excluded: 'participant has been inactive', missRate: 0.5 });
    assert.equal(JSON.stringify(await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${latest}`)), served);
    await send(sim.url, 'DELETE', `/__sim/hosts/${a}`);
  });

  it('the scripted current epoch settles as scripted and stays so after DELETE', async () => {
    const epoch = await currentEpoch();
    const [a, b] = await paidIn(epoch - 1);
    clock.advance(EPOCH_MS * 0.2);
    await send(sim.url, 'POST', `/__sim/hosts/${a}`, { missRate: 0.25 });
    await send(sim.url, 'POST', `/__sim/hosts/${b}`, { invalid: true });
    sim.advanceEpoch();
    const settled = { a: await row(epoch, a), b: await row(epoch, b) };
    assert.equal(settled.a.rewarded_coins, '0');
    assert.equal(settled.b.rewarded_coins, '0');
    const summaries = JSON.stringify(await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`));
    await send(sim.url, 'DELETE', `/__sim/hosts/${a}`);
    sim.clearHost(b);
    assert.equal(JSON.stringify(await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)), summaries);
    clock.advance(EPOCH_MS * 0.5);
    assert.equal((await okJson(sim.url, `${CHAIN}/participant/${b}`)).participant.status, 'ACTIVE');
    const live = (await okJson(sim.url, `${CHAIN}/participant/${a}`)).participant.current_epoch_stats;
    assert.ok(Number(live.missed_requests) / (Number(live.missed_requests) + Number(live.inference_count)) < 0.1, 'back to its usual miss rate');
  });

  it('claim: false leaves the rewards of epochs settled under the script unclaimed', async () => {
    const epoch = await currentEpoch();
    const paid = await paidIn(epoch - 1);
    const [a] = paid;
    await send(sim.url, 'POST', `/__sim/hosts/${a}`, { claim: false });
    sim.advanceEpoch();
    clock.advance(EPOCH_MS * 0.7); // past the claim window's 60 %
    const rows = (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary as SummaryRow[];
    const scripted = rows.find((r) => r.participant_id === a)!;
    assert.notEqual(scripted.rewarded_coins, '0');
    assert.equal(scripted.claimed, false);
    const others = rows.filter((r) => r.rewarded_coins !== '0' && r.participant_id !== a);
    assert.ok(others.filter((r) => r.claimed).length > others.length * 0.8, 'other hosts claimed');
  });
});
