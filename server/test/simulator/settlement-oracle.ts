/**
 * The chain's settlement rule re-derived for the tests from what the simulator serves over HTTP
 * (params, summaries, epoch members, exclusions), independently of the simulator's own code.
 */
import { CHAIN, okJson } from './helpers.js';

export interface SummaryRow {
  participant_id: string;
  inference_count: string;
  missed_requests: string;
  rewarded_coins: string;
  claimed: boolean;
}

interface Decimal {
  value: string;
  exponent: number;
}

const SUPPORTED = [50, 100, 200, 300, 400, 500];
const ceilSupported = (permille: number) => SUPPORTED.find((p) => p >= permille) ?? 100;
const decimal = (d: Decimal) => Number(`${d.value}e${d.exponent}`);

/** log(i!) for i ≤ n, by summing logs. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) table[i] = table[i - 1] + Math.log(i);
  return table;
}

/** P(X ≥ k), X ~ Binomial(n, p), as a sum of exp(log pmf) terms. */
export function upperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  const lf = logFactorials(n);
  let sum = 0;
  for (let i = k; i <= n; i++) sum += Math.exp(lf[n] - lf[i] - lf[n - i] + i * Math.log(p) + (n - i) * Math.log(1 - p));
  return sum;
}

export function networkP0(counts: { inferences: number; missed: number }[], governance: Decimal): { p0: number; skip: boolean } {
  const raw = Math.ceil(decimal(governance) * 1000 - 1e-9);
  if (raw > 500) return { p0: decimal(governance), skip: false };
  const floor = ceilSupported(raw);
  const used = counts.filter((c) => c.inferences + c.missed > 0);
  const total = used.reduce((s, c) => s + c.inferences + c.missed, 0);
  const missed = used.reduce((s, c) => s + c.missed, 0);
  if (total < 1000 || used.length < 5) return { p0: floor / 1000, skip: false };
  const selected = ceilSupported(Math.min(Math.floor((missed * 1000) / total) + 20, 500));
  return { p0: Math.max(selected, floor) / 1000, skip: selected === 500 };
}

export function epochPool(epoch: number, reward: { initial_epoch_reward: string; decay_rate: Decimal; genesis_epoch: string }): bigint {
  return BigInt(Math.floor(Number(reward.initial_epoch_reward) * Math.exp(decimal(reward.decay_rate) * (epoch - Number(reward.genesis_epoch)))));
}

export interface ExpectedSettlement {
  rewards: Map<string, bigint>;
  failedDowntime: Set<string>;
  p0: number;
}

/** What each host of settled `epoch` must have been paid, from the simulator's public routes. */
export async function expectedSettlement(url: string, epoch: number, rows: SummaryRow[]): Promise<ExpectedSettlement> {
  const { params } = await okJson(url, `${CHAIN}/params`);
  const members = (await okJson(url, `/v1/epochs/${epoch}/participants`)).active_participants.participants as { index: string; weight: number }[];
  const excluded = new Set((await okJson(url, `${CHAIN}/excluded_participants/${epoch}`)).items.map((i: { address: string }) => i.address));
  const weight = new Map(members.map((m) => [m.index, BigInt(m.weight)]));
  const totalWeight = members.reduce((s, m) => s + BigInt(m.weight), 0n);
  const counts = rows.map((r) => ({ inferences: Number(r.inference_count), missed: Number(r.missed_requests) }));
  const { p0, skip } = networkP0(counts, params.validation_params.binom_test_p0);
  const pool = epochPool(epoch, params.bitcoin_reward_params);
  const rewards = new Map<string, bigint>();
  const failedDowntime = new Set<string>();
  rows.forEach((r, i) => {
    const total = counts[i].inferences + counts[i].missed;
    const passes = skip || total === 0 || upperTail(counts[i].missed, total, p0) >= 0.05;
    if (!passes) failedDowntime.add(r.participant_id);
    const paid = passes && !excluded.has(r.participant_id);
    rewards.set(r.participant_id, paid ? (pool * weight.get(r.participant_id)!) / totalWeight : 0n);
  });
  return { rewards, failedDowntime, p0 };
}
