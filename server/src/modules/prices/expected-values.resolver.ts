import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { ExpectedEarnings } from '../expected-earnings/dto/expected-earnings.model.js';
import { NodeExpectedVsRealised } from '../support/dto/node-expected-vs-realised.model.js';
import { FiatValue } from './dto/fiat-value.model.js';
import { valuedNow } from './fiat-loaders.js';
import type { ValuedAmount } from './fiat-valuation.rules.js';

/**
 * The fiat companions of expected earnings (the add-node form, a request's expectation) and of the
 * node page's expected-vs-realised figures (issue #16). All at the current price: an expectation
 * has no settlement day, and valuing the realised figures at the same price keeps the comparison
 * like for like (its ratio is in GNK). Lazy and batched like every `…Value`.
 */
const NOW = "in the viewer's preferred currency at the current price, rounded once (half-even); null without a price (the GNK figure stays)";

@Resolver(() => ExpectedEarnings)
export class ExpectedEarningsValuesResolver {
  @ResolveField(() => FiatValue, { nullable: true, description: `perEpoch ${NOW}.` })
  perEpochValue(@Root() e: ExpectedEarnings, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, e.perEpoch);
  }

  @ResolveField(() => FiatValue, { nullable: true, description: `perDay ${NOW}; null also when perDay is.` })
  perDayValue(@Root() e: ExpectedEarnings, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, e.perDay);
  }
}

@Resolver(() => NodeExpectedVsRealised)
export class ExpectedVsRealisedValuesResolver {
  @ResolveField(() => FiatValue, { nullable: true, description: `expectedPerEpoch ${NOW}.` })
  expectedPerEpochValue(@Root() v: NodeExpectedVsRealised, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, v.expectedPerEpoch);
  }

  @ResolveField(() => FiatValue, { nullable: true, description: `expectedPerDay ${NOW}; null also when expectedPerDay is.` })
  expectedPerDayValue(@Root() v: NodeExpectedVsRealised, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, v.expectedPerDay);
  }

  @ResolveField(() => FiatValue, { nullable: true, description: `realisedMedianPerEpoch ${NOW}; null also when it is.` })
  realisedMedianPerEpochValue(@Root() v: NodeExpectedVsRealised, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, v.realisedMedianPerEpoch);
  }

  @ResolveField(() => FiatValue, { nullable: true, description: `realisedMeanPerEpoch ${NOW}; null also when it is.` })
  realisedMeanPerEpochValue(@Root() v: NodeExpectedVsRealised, @Context() ctx: GqlContext): Promise<ValuedAmount | null> {
    return valuedNow(ctx, v.realisedMeanPerEpoch);
  }
}
