import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import type { ClaimDayRow } from '../earnings/epoch-outcomes.repository.js';
import { AttentionItem, ClaimableSummary } from '../epochs/dto/epoch-attention.model.js';
import { EpochSummaryService } from '../epochs/epoch-summary.service.js';
import { FiatValue } from '../prices/dto/fiat-value.model.js';
import { valued } from '../prices/fiat-loaders.js';
import type { ValuedAmount } from '../prices/fiat-valuation.rules.js';
import { Dashboard } from './dto/dashboard.model.js';

const AT_SETTLEMENT_DAYS =
  "in the viewer's preferred currency: each settlement day's GNK at that day's price, summed and rounded once (half-even); null when a day has no price (the GNK figure stays)";

/** One read of the per-day claim sums per request and owner, shared by claimable.amountValue and expiredThisMonthValue. */
const claimDaysOf = new WeakMap<GqlContext, Map<string, Promise<ClaimDayRow[]>>>();

function claimDays(ctx: GqlContext, summaries: EpochSummaryService, ownerId: string | null, kind: ClaimDayRow['kind']) {
  const perOwner = claimDaysOf.get(ctx) ?? new Map<string, Promise<ClaimDayRow[]>>();
  claimDaysOf.set(ctx, perOwner);
  const key = ownerId ?? '*';
  if (!perOwner.has(key)) perOwner.set(key, summaries.claimDays(ownerId));
  return perOwner.get(key)!.then((rows) => rows.filter((r) => r.kind === kind).map((r) => ({ day: r.day, gnk: r.gnk })));
}

/** Fiat companions of the epoch guard's GNK amounts (issue #16): lazy, one price book per request. */
@Resolver(() => ClaimableSummary)
export class ClaimableValueResolver {
  constructor(private readonly summaries: EpochSummaryService) {}

  @ResolveField(() => FiatValue, { nullable: true, description: `amount ${AT_SETTLEMENT_DAYS}.` })
  async amountValue(@Root() c: ClaimableSummary, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valued(ctx, await claimDays(ctx, this.summaries, c.ownerId, 'claimable'));
  }
}

@Resolver(() => AttentionItem)
export class AttentionValueResolver {
  @ResolveField(() => FiatValue, {
    nullable: true,
    description: "amount in the viewer's preferred currency at the price of its settlement day (UTC); null without an amount or a price.",
  })
  async amountValue(@Root() item: AttentionItem, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    if (item.amount === null) return null;
    const day = (item.settledAt ?? new Date()).toISOString().slice(0, 10);
    return valued(ctx, [{ day, gnk: item.amount }]);
  }
}

@Resolver(() => Dashboard)
export class DashboardClaimValuesResolver {
  constructor(private readonly summaries: EpochSummaryService) {}

  @ResolveField(() => FiatValue, { nullable: true, description: `expiredThisMonth ${AT_SETTLEMENT_DAYS}.` })
  async expiredThisMonthValue(@Root() d: Dashboard, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valued(ctx, await claimDays(ctx, this.summaries, d.userId, 'expired'));
  }
}
