/**
 * A month-old network (issue #15): 30 days of settled epochs at mainnet's ~24 h cadence before the
 * accelerated live epochs, hardware in GONKA.md's proportions, and serving hosts that serve.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { GonkaNodeClient } from '../../src/upstream/index.js';
import { testOptions } from '../upstream/helpers/test-options.js';
import { CHAIN, getJson, okJson } from './helpers.js';

const EPOCH_BLOCKS = 15_391;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** PoC weight per GPU, Feb 2026 (GONKA.md), by the model in the self-reported hardware string. */
const WEIGHT_PER_GPU: Record<string, number> = { H100: 293, H200: 304, B200: 301, A100: 128 };
const modelOf = (hardwareType: string) => Object.keys(WEIGHT_PER_GPU).find((m) => hardwareType.includes(m))!;

describe('simulator history: a month of settled epochs at the real cadence', () => {
  let sim: RunningSimulator;
  let node: GonkaNodeClient;
  let clock: any;
  let startedAt: number;

  before(async () => {
    startedAt = Date.now();
    sim = await startSimulator({ seed: 42 });
    node = new GonkaNodeClient([sim.url], testOptions({ timeoutMs: 2000 }));
    clock = await okJson(sim.url, '/__sim/clock');
  });
  after(() => sim.close());

  it('GET /__sim/clock and the handle name the first epoch and when it started, ~30 days ago', () => {
    assert.equal(clock.start_epoch, clock.epoch);
    assert.equal(clock.earliest_epoch, clock.epoch - 30, '30 epochs of 24 h cover 30 days');
    assert.equal(clock.history_epoch_ms, 24 * HOUR_MS);
    assert.equal(clock.earliest_epoch, sim.earliestEpoch);
    assert.equal(clock.history_start_ms, sim.historyStartMs);
    assert.equal(Date.parse(clock.history_start), Math.floor(sim.historyStartMs));
    const age = startedAt - sim.historyStartMs;
    assert.ok(age > 30 * DAY_MS && age < 31 * DAY_MS, `history starts ${(age / DAY_MS).toFixed(2)} days ago`);
  });

  it('every epoch of the month is settled and lasted 24 h on the chain clock; the live ones are accelerated', async () => {
    const first = clock.earliest_epoch as number;
    const latest = await okJson(sim.url, '/v1/epochs/latest');
    const startOf = (epoch: number) => latest.latest_epoch.poc_start_block_height - (clock.epoch - epoch) * EPOCH_BLOCKS;
    assert.equal((await node.block(startOf(first))).time.getTime(), Math.floor(sim.historyStartMs), 'the first epoch starts at history_start');
    for (let epoch = first; epoch < clock.epoch; epoch++) {
      const rows = (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary;
      assert.ok(rows.length > 200, `epoch ${epoch} settled for the active set (${rows.length} hosts)`);
      const paid = rows.filter((r: any) => BigInt(r.rewarded_coins) > 0n).length;
      assert.ok(paid > rows.length * 0.8, `most hosts were paid in epoch ${epoch}`);
      const lasted = (await node.block(startOf(epoch + 1))).time.getTime() - (await node.block(startOf(epoch))).time.getTime();
      assert.ok(Math.abs(lasted - 24 * HOUR_MS) <= 1, `epoch ${epoch} lasted ${lasted} ms`);
    }
    const before = await getJson(sim.url, `${CHAIN}/epoch_performance_summary/${first - 1}`);
    assert.deepEqual(before.body.epochPerformanceSummary, [], 'nothing before the history');
    const liveStart = (await node.block(startOf(clock.epoch))).time.getTime();
    assert.ok(Math.abs(startedAt - liveStart - 0.3 * clock.epoch_duration_ms) < 5_000, 'the live epoch started 30% of 3 min ago');
  });

  it('per-GPU weight and throughput follow the GPU model; 1–8 GPUs per ML node; throughputs vary', async () => {
    const hardware = await okJson(sim.url, `${CHAIN}/hardware_nodes_all`);
    const gpusOf = new Map<string, { model: string; count: number }>();
    for (const host of hardware.nodes)
      for (const n of host.hardware_nodes) gpusOf.set(`${host.participant}/${n.local_id}`, { model: modelOf(n.hardware[0].type), count: n.hardware[0].count });
    const participants = (await okJson(sim.url, '/v1/epochs/current/participants')).active_participants.participants;
    const perGpuThroughput: Record<string, number[]> = { H100: [], H200: [], B200: [], A100: [] };
    for (const p of participants)
      for (const group of p.ml_nodes)
        for (const n of group.ml_nodes) {
          const gpu = gpusOf.get(`${p.index}/${n.node_id}`)!;
          assert.ok(Number.isInteger(gpu.count) && gpu.count >= 1 && gpu.count <= 8, `${gpu.count} GPUs`);
          const perGpu = n.poc_weight / gpu.count;
          const nominal = WEIGHT_PER_GPU[gpu.model];
          assert.ok(perGpu > nominal * 0.9 && perGpu < nominal * 1.1, `${gpu.model}: ${perGpu.toFixed(0)} weight per GPU`);
          if (n.throughput !== undefined) perGpuThroughput[gpu.model].push(n.throughput / gpu.count);
        }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const m = Object.fromEntries(Object.entries(perGpuThroughput).map(([k, xs]) => [k, mean(xs)]));
    assert.ok(m.B200 > m.H200 && m.H200 > m.H100 && m.H100 > m.A100, `tokens/s per GPU: ${JSON.stringify(m)}`);
    const all = Object.values(perGpuThroughput).flat();
    assert.ok(new Set(all.map((x) => Math.round(x))).size > all.length / 2, 'per-GPU throughput varies from node to node');
    assert.ok(!all.includes(125), 'not every GPU at exactly 125 tokens/s');
  });

  it('a serving host serves: every healthy ACTIVE member of the current epoch has requests so far', async () => {
    const tracker = await okJson(sim.hyperfusionUrl, '/api/v1/inference/current');
    const serving = tracker.participants.filter((p: any) => p.node_healthy && p.status === 'ACTIVE' && p.weight >= 150);
    assert.ok(serving.length > 200);
    const idle = serving.filter((p: any) => Number(p.current_epoch_stats.inference_count) === 0).map((p: any) => p.index);
    assert.deepEqual(idle, [], 'no healthy host at 0 jobs');
  });

  it('single-server hosts: one ML node of 1–8 GPUs, in every epoch of the month unless an incident kept it out', async () => {
    const hosts = sim.singleServerHosts();
    assert.ok(hosts.length >= 12, `${hosts.length} single-server hosts`);
    const first = (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${clock.earliest_epoch}`)).epochPerformanceSummary;
    const inFirst = new Set(first.map((r: any) => r.participant_id));
    assert.ok(hosts.filter((h) => inFirst.has(h)).length >= hosts.length * 0.9, 'they took part since the history began');
    for (const address of hosts.slice(0, 12)) {
      const hw = (await okJson(sim.url, `${CHAIN}/hardware_nodes/${address}`)).nodes.hardware_nodes;
      assert.equal(hw.length, 1);
      assert.ok(hw[0].hardware[0].count >= 1 && hw[0].hardware[0].count <= 8);
    }
  });
});
