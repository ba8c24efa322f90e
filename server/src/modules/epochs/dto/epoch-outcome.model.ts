import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';
import { DowntimeMode } from '../downtime-test.rules.js';
import { ClaimStatus, EpochVerdict } from '../epoch-verdict.rules.js';

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description:
    'CLAIMED; CLAIMABLE (reward > 0, claim window open until the next settlement); EXPIRED (reward > 0 not claimed before the window closed: moved to governance); NOTHING_TO_CLAIM (reward 0).',
});
registerEnumType(EpochVerdict, {
  name: 'EpochVerdict',
  description:
    "Why a settled epoch paid what it paid: PAID; ZERO_DOWNTIME (failed the chain's downtime test); ZERO_INVALID (status INVALID); ZERO_EXCLUDED (removed from the active set); ZERO_NOT_PARTICIPATING (not among the epoch's hosts); UNKNOWN (the data does not tell: counts missing, or 0 with no rule explaining it).",
});
registerEnumType(DowntimeMode, {
  name: 'DowntimeMode',
  description:
    "How the chain set the downtime test's p0: DYNAMIC (network miss rate + 2 pp, at least the governance p0); GOVERNANCE (too few network requests or hosts: the governance p0); SKIPPED (p0 reached 50%: the network itself failed, nobody is punished).",
});

@ObjectType({ description: "The chain's downtime test of one host and epoch (binomial test of missed requests against p0, alpha 0.05)." })
export class DowntimeTest {
  @Field(() => DowntimeMode, { description: 'How p0 was chosen.' })
  mode: DowntimeMode;

  @Field(() => Float, { description: 'p0: the miss rate the test holds the host to (0..1).' })
  threshold: number;

  @Field(() => Float, { nullable: true, description: 'Missed ÷ requests over the network (hosts with requests); null when no host had requests.' })
  networkMissedRate: number | null;

  @Field(() => Int, { description: 'Requests (inferences + missed) over the network.' })
  networkRequests: number;

  @Field(() => Int, { description: 'Hosts with at least one request.' })
  networkHosts: number;

  @Field(() => Int, { nullable: true, description: "Most missed requests the test lets pass at the host's request count; null when the test does not apply." })
  maxMissedAllowed: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the host passes (or would pass now); null when the counts are unknown.' })
  passed: boolean | null;
}

@ObjectType({ description: "One settled epoch of a node: what it paid, why, and the claim's fate." })
export class EpochOutcome {
  @Field(() => Int, { description: 'The epoch index.' })
  epoch: number;

  @Field({ description: "When the epoch ended on the chain's clock (its rewards were settled then)." })
  settledAt: Date;

  @Field(() => GnkScalar, { description: 'rewarded_coins of the epoch, exact GNK (never the fees in earned_coins).' })
  rewarded: string;

  @Field(() => ClaimStatus, { description: 'Whether the reward was claimed, can still be, or expired.' })
  claimStatus: ClaimStatus;

  @Field(() => Date, { nullable: true, description: 'When CLAIMABLE: the next settlement, when an unclaimed reward moves to governance.' })
  claimDeadline: Date | null;

  @Field(() => Int, { nullable: true, description: 'Inferences served; null when the chain reported no counts (absent, not 0).' })
  inferenceCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests missed; null when unknown.' })
  missedRequests: number | null;

  @Field(() => Int, { nullable: true, description: 'Inferences validated; null when unknown.' })
  validatedInferences: number | null;

  @Field(() => Int, { nullable: true, description: 'Inferences invalidated; null when unknown.' })
  invalidatedInferences: number | null;

  @Field(() => Float, { nullable: true, description: 'missed ÷ (missed + inferences); null when there were no requests.' })
  missedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'invalidated ÷ inferences; null when there were no inferences.' })
  invalidationRate: number | null;

  @Field(() => EpochVerdict, { description: 'Why the epoch paid what it paid.' })
  verdict: EpochVerdict;

  @Field({ description: 'The verdict in plain English with the numbers; clients in other languages word `verdict` and the figures.' })
  verdictReason: string;

  @Field(() => String, { nullable: true, description: "The chain's reason when the host was excluded from the epoch." })
  exclusionReason: string | null;

  @Field(() => DowntimeTest, { nullable: true, description: 'The downtime test as the chain ran it; null when the counts are unknown.' })
  downtimeTest: DowntimeTest | null;
}

@ObjectType({ description: 'A page of settled epochs, newest first.' })
export class EpochOutcomeConnection extends Connection(EpochOutcome) {}
