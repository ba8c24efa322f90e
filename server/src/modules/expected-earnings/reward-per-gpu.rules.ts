import { Decimal } from '../../common/money.js';
import { gpuModelKey } from './gpu-model.js';

/** GNK carries 9 decimals (ngonka): every figure here is rounded once to that, half-even. */
const GNK_PLACES = 9;
const SECONDS_PER_DAY = 86_400;

/** One settled epoch's per-GPU rewards by GPU model key: [host address, reward ÷ its GPUs in GNK]. */
export type PerGpuRewards = Record<string, [address: string, perGpu: string][]>;

export interface HostGpus {
  gpus: readonly { type: string; count: number }[];
}

/**
 * Each host's settled reward of one epoch divided by its GPUs, grouped by GPU model. Only hosts whose
 * GPUs are all of one model count: a mixed host's reward cannot be split between its models. A host
 * paid 0 (downtime, invalid, excluded) counts with 0 — that risk is part of what a GPU earns.
 */
export function perGpuRewards(rewards: Readonly<Record<string, string>>, hardware: Readonly<Record<string, HostGpus>>): PerGpuRewards {
  const out: PerGpuRewards = {};
  for (const [address, reward] of Object.entries(rewards)) {
    const gpus = hardware[address]?.gpus.filter((g) => g.count > 0) ?? [];
    const models = new Set(gpus.map((g) => gpuModelKey(g.type)));
    const total = gpus.reduce((s, g) => s + g.count, 0);
    if (models.size !== 1 || total === 0) continue;
    const [model] = models;
    if (model === null) continue;
    const perGpu = new Decimal(reward).div(total).toDecimalPlaces(GNK_PLACES, Decimal.ROUND_HALF_EVEN).toFixed(GNK_PLACES);
    const list = out[model] ?? [];
    list.push([address, perGpu]);
    out[model] = list;
  }
  return out;
}

/** The median of decimal strings (the mean of the middle two for an even count), exact; null for none. */
export function medianOf(values: readonly string[]): Decimal | null {
  if (values.length === 0) return null;
  const sorted = values.map((v) => new Decimal(v)).sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

export interface RewardProjection {
  medianPerGpu: string;
  perEpoch: string;
  /** null when the epoch's length is unknown. */
  perDay: string | null;
  /** Settled epochs that had at least one host of the model. */
  epochs: number;
  /** Distinct hosts over those epochs. */
  hosts: number;
  /** Host-epochs the median is taken over. */
  samples: number;
}

/**
 * The network median reward per GPU of `model` over the given epochs (one sample per host and
 * epoch) × `quantity` GPUs, per epoch and per day (`epochSeconds`: the epochs' length). Null when no
 * host of that model is in the data.
 */
export function projectReward(epochs: readonly PerGpuRewards[], model: string, quantity: number, epochSeconds: number | null): RewardProjection | null {
  const samples: string[] = [];
  const hosts = new Set<string>();
  let withModel = 0;
  for (const epoch of epochs) {
    const rows = epoch[model] ?? [];
    if (rows.length) withModel++;
    for (const [address, perGpu] of rows) {
      hosts.add(address);
      samples.push(perGpu);
    }
  }
  const median = medianOf(samples);
  if (!median) return null;
  const perEpoch = median.mul(quantity).toDecimalPlaces(GNK_PLACES, Decimal.ROUND_HALF_EVEN);
  const perDay = epochSeconds && epochSeconds > 0 ? perEpoch.mul(SECONDS_PER_DAY).div(epochSeconds).toDecimalPlaces(GNK_PLACES, Decimal.ROUND_HALF_EVEN) : null;
  return {
    medianPerGpu: median.toDecimalPlaces(GNK_PLACES, Decimal.ROUND_HALF_EVEN).toFixed(GNK_PLACES),
    perEpoch: perEpoch.toFixed(GNK_PLACES),
    perDay: perDay?.toFixed(GNK_PLACES) ?? null,
    epochs: withModel,
    hosts: hosts.size,
    samples: samples.length,
  };
}

/** Average length of the epochs between the first and last of these ends (chain times), in whole seconds; null for fewer than two. */
export function averageEpochSeconds(ends: readonly { epoch: number; at: Date }[]): number | null {
  if (ends.length < 2) return null;
  const sorted = [...ends].sort((a, b) => a.epoch - b.epoch);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const seconds = (last.at.getTime() - first.at.getTime()) / 1000 / (last.epoch - first.epoch);
  return seconds > 0 ? Math.round(seconds) : null;
}
