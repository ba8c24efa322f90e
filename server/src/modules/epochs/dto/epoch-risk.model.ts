import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EstimateSource, RiskLevel, RiskReason } from '../epoch-risk.rules.js';
import type { HostEpochModels } from '../model-participation.rules.js';
import { DowntimeTest } from './epoch-outcome.model.js';

registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description:
    "The current epoch's outlook: OK; WATCH (close to a threshold); AT_RISK (the reward is lost if the epoch settled now, or already lost); NOT_APPLICABLE (the test does not apply: not in the epoch, or the network itself is failing); STALE (the live data is older than the cache TTL: no outlook is claimed).",
});
registerEnumType(RiskReason, { name: 'RiskReason', description: 'Which rule set the risk level (clients word it; `reason` is the English text).' });
registerEnumType(EstimateSource, {
  name: 'EstimateSource',
  description:
    "CHAIN: the chain's own estimate (estimate_bitcoin_reward, which replays settlement); WEIGHT_SHARE_APPROXIMATION: weight share × the epoch's subsidy, used only when the chain's estimate cannot be had — it ignores penalties, delegation and exclusions.",
});

/** Live risk of one node in the current epoch; `address` and `hostModels` are kept for the fields resolved on demand. */
@ObjectType({ description: "How the current epoch is going for a node against the chain's own thresholds." })
export class EpochRisk {
  /** The host, for estimatedReward; not exposed. */
  address: string;

  /** The host's models and weight from the same view, for `models` (EpochRiskModelsResolver); not exposed. */
  hostModels: HostEpochModels | null;

  @Field(() => Int, { nullable: true, description: 'The current epoch; null when the live data is a stored snapshot (absent, not epoch 0).' })
  epoch: number | null;

  @Field(() => RiskLevel, { description: 'The outlook.' })
  level: RiskLevel;

  @Field(() => RiskReason, { description: 'Which rule set the level.' })
  reasonCode: RiskReason;

  @Field({ description: 'The level in plain English with the numbers.' })
  reason: string;

  @Field(() => String, { nullable: true, description: "The chain's reason when the host was excluded this epoch (reasonCode EXCLUDED)." })
  exclusionReason: string | null;

  @Field(() => Float, { description: 'The invalidation rate above which the level is WATCH (INVALIDATION_HIGH), 0..1.' })
  invalidationWatchRate: number;

  @Field(() => Int, { nullable: true, description: 'Requests so far this epoch (inferences + missed); null when unknown.' })
  requests: number | null;

  @Field(() => Int, { nullable: true, description: 'Missed requests so far; null when unknown.' })
  missedRequests: number | null;

  @Field(() => Float, { nullable: true, description: 'missed ÷ requests so far; null without requests.' })
  missedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'invalidated ÷ inferences so far; null without inferences.' })
  invalidationRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Missed ÷ requests over the whole network so far (hosts with requests).' })
  networkMissedRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "p0 as the chain would set it now from the network's counts and its parameters (0..1); null when unknown.",
  })
  downtimeThreshold: number | null;

  @Field(() => DowntimeTest, { nullable: true, description: 'The downtime test as it would run if the epoch settled now.' })
  downtimeTest: DowntimeTest | null;

  @Field({ description: 'The live data is older than the cache TTL (an upstream is failing).' })
  stale: boolean;

  @Field(() => Date, { nullable: true, description: 'When the live data was fetched.' })
  asOf: Date | null;
}
