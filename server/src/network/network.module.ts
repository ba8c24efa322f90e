import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ChainParamsService } from './chain-params.service.js';
import { GovernanceModelsService } from './governance-models.service.js';
import { NetworkViewService } from './network-view.service.js';
import { GCORE_CLIENT, GONKA_CLIENT, HYPERFUSION_CLIENT, upstreamClientProviders } from './upstream-clients.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from './upstream-endpoints.js';

/**
 * The Gonka network as the portal sees it: the upstream adapters wired to their endpoints (the
 * simulator's in demo mode) and the network view built from them, cached in the shared cache.
 * No tables: what is stored from the view belongs to the domains (nodes, earnings).
 */
@Global()
@Module({})
export class NetworkModule {
  static forRoot(endpoints: UpstreamEndpoints): DynamicModule {
    return {
      module: NetworkModule,
      providers: [
        { provide: UPSTREAM_ENDPOINTS, useValue: endpoints },
        ...upstreamClientProviders,
        NetworkViewService,
        ChainParamsService,
        GovernanceModelsService,
      ],
      exports: [UPSTREAM_ENDPOINTS, GONKA_CLIENT, HYPERFUSION_CLIENT, GCORE_CLIENT, NetworkViewService, ChainParamsService, GovernanceModelsService],
    };
  }
}
