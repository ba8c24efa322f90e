import { Decimal } from '../../common/money.js';
import { medianOf } from '../expected-earnings/reward-per-gpu.rules.js';

const GNK_PLACES = 9;

export interface RealisedComparison {
  expectedPerEpoch: string;
  expectedPerDay: string | null;
  realisedMedianPerEpoch: string | null;
  realisedMeanPerEpoch: string | null;
  epochsCounted: number;
  /** Realised mean ÷ expected per epoch, in percent with one decimal; null without a settled epoch or with nothing expected. */
  ratioPercent: string | null;
}

const gnk = (d: Decimal) => d.toDecimalPlaces(GNK_PLACES, Decimal.ROUND_HALF_EVEN).toFixed(GNK_PLACES);

/**
 * A node's settled rewards against the expectation of the request it came from. A request for
 * several nodes expected their sum: each node is held to an equal share (`nodesOfRequest`).
 */
export function compareRealised(expected: { perEpoch: string; perDay: string | null }, nodesOfRequest: number, rewards: readonly string[]): RealisedComparison {
  const share = Math.max(1, nodesOfRequest);
  const perEpoch = new Decimal(expected.perEpoch).div(share);
  const total = rewards.reduce((s, r) => s.plus(r), new Decimal(0));
  const mean = rewards.length ? total.div(rewards.length) : null;
  const median = medianOf(rewards);
  return {
    expectedPerEpoch: gnk(perEpoch),
    expectedPerDay: expected.perDay === null ? null : gnk(new Decimal(expected.perDay).div(share)),
    realisedMedianPerEpoch: median && gnk(median),
    realisedMeanPerEpoch: mean && gnk(mean),
    epochsCounted: rewards.length,
    ratioPercent: mean && !perEpoch.isZero() ? mean.div(perEpoch).mul(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1) : null,
  };
}
