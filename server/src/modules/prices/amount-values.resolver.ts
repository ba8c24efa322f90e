import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { EarningsGranularity, EarningsPoint } from '../earnings/dto/earnings.model.js';
import { EpochOutcome } from '../epochs/dto/epoch-outcome.model.js';
import { Node } from '../nodes/dto/node.model.js';
import { nodeField } from '../nodes/node-fields.js';
import { FiatValue } from './dto/fiat-value.model.js';
import { valued } from './fiat-loaders.js';
import type { ValuedAmount } from './fiat-valuation.rules.js';

const DAY_MS = 86_400_000;
const SETTLED =
  "in the viewer's preferred currency: each settlement day's GNK at that day's price, summed and rounded once (half-even); null when a day has no price (the GNK figure stays)";

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The fiat companions of the GNK amounts a customer sees (issue #16): each a FiatValue beside its
 * GNK field, lazy (a field not asked for reads nothing) and batched (one price read per request).
 * The nodes, earnings and epochs modules stay unaware of prices.
 */
@Resolver(() => Node)
export class NodeValuesResolver {
  @ResolveField(() => FiatValue, { nullable: true, description: `earningsDay ${SETTLED}.` })
  async earningsDayValue(@Root() node: Node, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valued(ctx, await nodeField(ctx.loaders, 'earningsDayValue', node, (sums) => sums.day));
  }

  @ResolveField(() => FiatValue, { nullable: true, description: `earningsTotal ${SETTLED}.` })
  async earningsTotalValue(@Root() node: Node, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valued(ctx, await nodeField(ctx.loaders, 'earningsTotalValue', node, (sums) => sums.total));
  }
}

@Resolver(() => EarningsPoint)
export class EarningsPointValueResolver {
  @ResolveField(() => FiatValue, {
    nullable: true,
    description: `amount ${SETTLED}. A DAY or EPOCH bucket is one settlement day; a WEEK bucket sums its days.`,
  })
  async amountValue(@Root() point: EarningsPoint, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    if (point.granularity !== EarningsGranularity.WEEK || !point.scope) return valued(ctx, [{ day: dayOf(point.periodStart), gnk: point.amount }]);
    const days = await ctx.loaders.earningsDays.load(JSON.stringify(point.scope));
    const from = dayOf(point.periodStart);
    const to = dayOf(new Date(point.periodStart.getTime() + 7 * DAY_MS));
    return valued(
      ctx,
      days.filter((d) => d.day >= from && d.day < to),
    );
  }
}

@Resolver(() => EpochOutcome)
export class EpochOutcomeValueResolver {
  @ResolveField(() => FiatValue, {
    nullable: true,
    description: "rewarded in the viewer's preferred currency at the price of its settlement day (UTC), rounded once; null when that day has no price.",
  })
  rewardedValue(@Root() outcome: EpochOutcome, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valued(ctx, [{ day: dayOf(outcome.settledAt), gnk: outcome.rewarded }]);
  }
}
