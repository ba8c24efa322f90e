import { Module } from '@nestjs/common';
import { MetricsService } from '../../metrics/metrics.service.js';
import { AppConfig } from '../../config/app-config.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import { DEFAULT_UPSTREAM_OPTIONS, PriceClient } from '../../upstream/index.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { UsersModule } from '../users/users.module.js';
import { EarningsPointValueResolver, EpochOutcomeValueResolver, NodeValuesResolver } from './amount-values.resolver.js';
import { ExpectedEarningsValuesResolver, ExpectedVsRealisedValuesResolver } from './expected-values.resolver.js';
import { FiatLoadersFactory } from './fiat-loaders.js';
import { FiatValuationService } from './fiat-valuation.service.js';
import { PriceBackfillService } from './price-backfill.service.js';
import { PricesRepository } from './prices.repository.js';
import { PricesResolver } from './prices.resolver.js';
import { PricesService, type PriceSource } from './prices.service.js';
import { PRICE_SOURCE } from './prices.types.js';

/** The GNK price (issue #16): other modules import this module and call PricesService. */
@Module({
  imports: [EarningsModule, UsersModule],
  providers: [
    {
      provide: PRICE_SOURCE,
      inject: [UPSTREAM_ENDPOINTS, MetricsService, AppConfig],
      useFactory: (ep: UpstreamEndpoints, metrics: MetricsService, config: AppConfig): PriceSource | null => {
        if (!ep.priceApiUrl) return null;
        // Two attempts: a price is not worth three tries on the request path, the last known one is served meanwhile.
        const opts = { ...DEFAULT_UPSTREAM_OPTIONS, maxAttempts: 2, onRequest: metrics.recordUpstream.bind(metrics) };
        const client = new PriceClient(ep.priceApiUrl, config.env.PRICE_COIN_ID, config.env.PRICE_API_KEY, opts);
        return { client, name: ep.simulator && ep.priceApiUrl === ep.simulator.priceApiUrl ? 'simulator' : client.sourceHost };
      },
    },
    PricesRepository,
    PricesService,
    PriceBackfillService,
    PricesResolver,
    FiatValuationService,
    FiatLoadersFactory,
    NodeValuesResolver,
    EarningsPointValueResolver,
    EpochOutcomeValueResolver,
    ExpectedEarningsValuesResolver,
    ExpectedVsRealisedValuesResolver,
  ],
  exports: [PricesService, PriceBackfillService, FiatValuationService, FiatLoadersFactory],
})
export class PricesModule {}
