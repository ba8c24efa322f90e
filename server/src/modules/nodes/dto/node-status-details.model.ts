import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NODE_STATUS_RULES, type NodeStatusDetails as Details } from '../../../network/node-status.js';

registerEnumType(NODE_STATUS_RULES, {
  name: 'NodeStatusRule',
  description: 'The rule that set a node status (network/node-status.ts), in precedence order; clients word it from this code and NodeStatusDetails.',
  valuesMap: {
    VALIDATOR_JAILED: { description: 'JAILED: the validator is jailed (until NodeStatusDetails.jailedUntil, when known).' },
    NOT_IN_CURRENT_EPOCH: { description: 'OFFLINE: not among the participants of the current epoch.' },
    HEALTH_CHECK_FAILED: { description: 'OFFLINE: the health check of the inference URL failed.' },
    PARTICIPANT_INVALID: { description: 'UNHEALTHY: participant status INVALID on the chain.' },
    PARTICIPANT_INACTIVE: { description: 'UNHEALTHY: participant status INACTIVE on the chain.' },
    EXCLUDED_THIS_EPOCH: { description: 'UNHEALTHY: excluded from the current epoch (NodeStatusDetails.exclusionReason).' },
    MISSED_RATE: { description: 'UNHEALTHY: missedRate above threshold.' },
    INVALIDATION_RATE: { description: 'UNHEALTHY: invalidationRate above threshold.' },
    CONFIRMATION_POC_RATIO: { description: 'UNHEALTHY: confirmationPocRatio below threshold.' },
    ALL_CHECKS_PASSED: { description: 'HEALTHY: no rule fired.' },
  },
});

@ObjectType({ description: 'The figures a status reason is worded from; only those of the rule that fired are set.' })
export class NodeStatusDetails {
  @Field(() => Date, { nullable: true, description: 'With VALIDATOR_JAILED: when the jail ends, if known.' })
  jailedUntil: Date | null;

  @Field(() => String, { nullable: true, description: 'With PARTICIPANT_INVALID / PARTICIPANT_INACTIVE: the chain status, INVALID or INACTIVE.' })
  participantStatus: string | null;

  @Field(() => String, { nullable: true, description: "With EXCLUDED_THIS_EPOCH: the chain's reason, verbatim (null when it gave none)." })
  exclusionReason: string | null;

  @Field(() => Float, { nullable: true, description: 'With MISSED_RATE: missed / (missed + inferences), a fraction in 0..1.' })
  missedRate: number | null;

  @Field(() => Float, { nullable: true, description: 'With INVALIDATION_RATE: invalidated / inferences, a fraction in 0..1.' })
  invalidationRate: number | null;

  @Field(() => Float, { nullable: true, description: 'With CONFIRMATION_POC_RATIO: the confirmed share of the claimed weight.' })
  confirmationPocRatio: number | null;

  @Field(() => Float, { nullable: true, description: 'The bound the figure crossed, in its unit (0.1 for rates: 10%).' })
  threshold: number | null;
}

/** GraphQL's shape of the rules' details (plain JSON, ISO time) — every field present, null when unset. */
export function toStatusDetails(details: Details): NodeStatusDetails {
  return {
    jailedUntil: details.jailedUntil ? new Date(details.jailedUntil) : null,
    participantStatus: details.participantStatus ?? null,
    exclusionReason: details.exclusionReason ?? null,
    missedRate: details.missedRate ?? null,
    invalidationRate: details.invalidationRate ?? null,
    confirmationPocRatio: details.confirmationPocRatio ?? null,
    threshold: details.threshold ?? null,
  };
}
