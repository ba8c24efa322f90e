import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';
import { AttentionKind } from '../epoch-attention.js';
import { EpochVerdict } from '../epoch-verdict.rules.js';
import { RiskLevel, RiskReason } from '../epoch-risk.rules.js';

registerEnumType(AttentionKind, {
  name: 'AttentionKind',
  description:
    'AT_RISK (the current epoch is at risk), CLAIMABLE (a reward waits to be claimed), EXPIRED (a reward was lost unclaimed), ZERO_EPOCH (an epoch paid 0).',
});

@ObjectType({ description: 'Rewards still claimable, and the earliest deadline.' })
export class ClaimableSummary {
  @Field(() => GnkScalar, { description: 'Exact sum of CLAIMABLE rewards.' })
  amount: string;

  @Field(() => Date, { nullable: true, description: 'The earliest claim deadline; null when nothing is claimable or the epoch clock is unknown.' })
  deadline: Date | null;

  @Field(() => Int, { description: 'Rewards (node × epoch) claimable.' })
  count: number;

  /** Whose rewards (null: every node), for amountValue. */
  @HideField()
  ownerId: string | null;
}

@ObjectType({ description: 'One line of the Needs-attention panel, linking to its node.' })
export class AttentionItem {
  @Field(() => AttentionKind, { description: 'What needs attention.' })
  kind: AttentionKind;

  @Field(() => ID, { description: 'The node concerned.' })
  nodeId: string;

  @Field({ description: "The node's name (or identifier)." })
  nodeName: string;

  @Field(() => Int, { description: 'The epoch concerned (the current one for AT_RISK).' })
  epoch: number;

  @Field(() => GnkScalar, { nullable: true, description: 'The reward concerned (CLAIMABLE, EXPIRED).' })
  amount: string | null;

  @Field(() => Date, { nullable: true, description: 'Claim deadline (CLAIMABLE).' })
  deadline: Date | null;

  @Field(() => EpochVerdict, { nullable: true, description: 'The verdict (ZERO_EPOCH).' })
  verdict: EpochVerdict | null;

  @Field(() => RiskLevel, { nullable: true, description: 'The risk level (AT_RISK).' })
  riskLevel: RiskLevel | null;

  @Field(() => RiskReason, { nullable: true, description: 'Which rule set the risk level (AT_RISK).' })
  riskReason: RiskReason | null;

  @Field({ description: 'Plain English with the numbers; clients word the codes.' })
  reason: string;

  /** When the reward's epoch settled (CLAIMABLE, EXPIRED), for amountValue. */
  @HideField()
  settledAt: Date | null;
}
