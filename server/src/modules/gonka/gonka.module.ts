import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MetricsController } from '../metrics/metrics.controller.js';
import { CachedResourceService } from './cached-resource.service.js';
import { EarningsSyncService } from './earnings-sync.service.js';
import { GonkaLoadersFactory } from './gonka.loaders.js';
import { NetworkViewService } from './network-view.service.js';
import { RefresherService } from './refresher.service.js';
import { SettlementTimesService } from './settlement-times.service.js';
import { StatusRecorderService } from './status-recorder.service.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT, upstreamClientProviders } from './upstream-clients.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from './upstream-endpoints.js';

/** The Gonka data layer: adapters, shared-cache views, per-request loaders, background refresh. */
@Global()
@Module({})
export class GonkaModule {
  static forRoot(endpoints: UpstreamEndpoints): DynamicModule {
    return {
      module: GonkaModule,
      controllers: [MetricsController],
      providers: [
        { provide: UPSTREAM_ENDPOINTS, useValue: endpoints },
        ...upstreamClientProviders,
        CachedResourceService,
        NetworkViewService,
        GonkaLoadersFactory,
        StatusRecorderService,
        SettlementTimesService,
        EarningsSyncService,
        RefresherService,
      ],
      exports: [UPSTREAM_ENDPOINTS, GONKA_CLIENT, HYPERFUSION_CLIENT, NetworkViewService, GonkaLoadersFactory, RefresherService, CachedResourceService],
    };
  }
}
