import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import { Node } from '../nodes/dto/node.model.js';
import { nodeField } from '../nodes/node-fields.js';
import { EpochOutcome, EpochOutcomeConnection } from './dto/epoch-outcome.model.js';
import { EpochRisk } from './dto/epoch-risk.model.js';
import { EpochOutcomesService } from './epoch-outcomes.service.js';
import { EpochRiskService } from './epoch-risk.service.js';
import { EstimateSource } from './epoch-risk.rules.js';
import type { RewardEstimateValue } from './reward-estimate.js';
import { FiatValue } from '../prices/dto/fiat-value.model.js';
import { valuedNow } from '../prices/fiat-loaders.js';
import type { ValuedAmount } from '../prices/fiat-valuation.rules.js';

/** An EpochRisk as resolved: the estimate is fetched once per risk, for whichever of its two fields is asked first. */
type ResolvedRisk = EpochRisk & { weightShare: number | null; estimate?: Promise<RewardEstimateValue> };

/** Node.epochs and Node.epochRisk; the Node itself was already authorized by the query that returned it. */
@Resolver(() => Node)
export class NodeEpochsResolver {
  constructor(
    private readonly outcomes: EpochOutcomesService,
    private readonly risks: EpochRiskService,
  ) {}

  @ResolveField(() => EpochOutcomeConnection, {
    description: "Settled epochs newest first: what each paid, why (verdict), and the claim's fate — within the viewer's ownership period.",
  })
  epochs(@Root() node: Node, @Args() args: ConnectionArgs): Promise<ConnectionResult<EpochOutcome>> {
    return this.outcomes.page(node, args.first, args.after);
  }

  @ResolveField(() => EpochRisk, {
    description: "How the current epoch is going against the chain's own thresholds (from the shared network view: no call per node).",
  })
  async epochRisk(@Root() node: Node, @Context() ctx: GqlContext): Promise<EpochRisk> {
    const stats = await nodeField(ctx.loaders, 'epochRisk', node, (r) => r);
    return this.risks.risk(node.identifier, stats);
  }
}

@Resolver(() => EpochRisk)
export class EpochRiskResolver {
  constructor(private readonly risks: EpochRiskService) {}

  private estimate(r: ResolvedRisk): Promise<RewardEstimateValue> {
    r.estimate ??= this.risks.estimate(r.address, r.epoch, r.weightShare);
    return r.estimate;
  }

  @ResolveField(() => GnkScalar, {
    nullable: true,
    description: 'Estimated reward of the current epoch (see estimateSource); null when not in the active set.',
  })
  async estimatedReward(@Root() r: ResolvedRisk): Promise<string | null> {
    return (await this.estimate(r)).amount;
  }

  @ResolveField(() => FiatValue, {
    nullable: true,
    description:
      "estimatedReward in the viewer's preferred currency at the current price (not settled yet, so no settlement day's), rounded once; null without an estimate or a price.",
  })
  async estimatedRewardValue(@Root() r: ResolvedRisk, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, (await this.estimate(r)).amount);
  }

  @ResolveField(() => EstimateSource, {
    nullable: true,
    description:
      'Where estimatedReward comes from. CHAIN with a null estimatedReward: the chain says the host is not in the active set; null: no estimate at all.',
  })
  async estimateSource(@Root() r: ResolvedRisk): Promise<EstimateSource | null> {
    return (await this.estimate(r)).source;
  }
}
