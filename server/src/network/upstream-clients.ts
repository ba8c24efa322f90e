import type { Provider } from '@nestjs/common';
import { DEFAULT_UPSTREAM_OPTIONS, GcoreClient, GonkaNodeClient, HashiroClient, HyperfusionClient } from '../upstream/index.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from './upstream-endpoints.js';

/** The adapters, or null for a source that is not configured (it is then simply not asked). */
export const GONKA_CLIENT = Symbol('GONKA_CLIENT');
export const HYPERFUSION_CLIENT = Symbol('HYPERFUSION_CLIENT');
export const GCORE_CLIENT = Symbol('GCORE_CLIENT');

export const upstreamClientProviders: Provider[] = [
  {
    provide: GONKA_CLIENT,
    inject: [UPSTREAM_ENDPOINTS, MetricsService],
    useFactory: (ep: UpstreamEndpoints, metrics: MetricsService) =>
      ep.gonkaNodeUrls.length ? new GonkaNodeClient(ep.gonkaNodeUrls, { ...DEFAULT_UPSTREAM_OPTIONS, onRequest: (e) => metrics.recordUpstream(e) }) : null,
  },
  {
    provide: HYPERFUSION_CLIENT,
    inject: [UPSTREAM_ENDPOINTS, MetricsService],
    useFactory: (ep: UpstreamEndpoints, metrics: MetricsService) =>
      ep.hyperfusionUrl ? new HyperfusionClient(ep.hyperfusionUrl, { ...DEFAULT_UPSTREAM_OPTIONS, onRequest: (e) => metrics.recordUpstream(e) }) : null,
  },
  {
    provide: GCORE_CLIENT,
    inject: [UPSTREAM_ENDPOINTS, MetricsService],
    useFactory: (ep: UpstreamEndpoints, metrics: MetricsService) =>
      ep.gcoreApiUrl && ep.gcoreApiToken
        ? new GcoreClient(ep.gcoreApiUrl, ep.gcoreApiToken, { ...DEFAULT_UPSTREAM_OPTIONS, onRequest: (e) => metrics.recordUpstream(e) })
        : null,
  },
  {
    provide: HashiroClient,
    inject: [UPSTREAM_ENDPOINTS],
    useFactory: (ep: UpstreamEndpoints) => new HashiroClient(ep.hashiroUrl),
  },
];
