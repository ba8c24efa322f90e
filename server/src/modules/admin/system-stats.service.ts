import { Inject, Injectable } from '@nestjs/common';
import { CacheService } from '../../cache/cache.service.js';
import type { GonkaNodeClient, HyperfusionClient } from '../../upstream/index.js';
import { RefresherService } from '../../jobs/refresher.service.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from '../../network/upstream-clients.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { SupportRepository } from '../support/support.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { SystemStats } from './dto/system-stats.model.js';

@Injectable()
export class SystemStatsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly nodes: NodesRepository,
    private readonly support: SupportRepository,
    private readonly cache: CacheService,
    private readonly refresher: RefresherService,
    @Inject(UPSTREAM_ENDPOINTS) private readonly endpoints: UpstreamEndpoints,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
    @Inject(HYPERFUSION_CLIENT) private readonly tracker: HyperfusionClient | null,
  ) {}

  async stats(): Promise<SystemStats> {
    // Each owner counts its own table (users, nodes, support requests).
    const [people, nodes, pending] = await Promise.all([this.users.counts(), this.nodes.counts(), this.support.countPending()]);
    const { hits, misses } = this.cache.stats;
    const last = await this.refresher.lastRun();
    return {
      users: people.users,
      admins: people.admins,
      nodes: nodes.nodes,
      trackedNodes: nodes.tracked,
      pendingSupportRequests: pending,
      upstreams: [
        ...Object.entries(this.gonka?.breakerStates() ?? {}).map(([host, breaker]) => ({ source: 'gonka_api', host, breaker })),
        ...Object.entries(this.tracker?.breakerStates() ?? {}).map(([host, breaker]) => ({ source: 'hyperfusion', host, breaker })),
      ],
      demoMode: this.endpoints.demo,
      cacheBackend: this.cache.backend,
      cacheHealthy: this.cache.isRedisHealthy,
      cacheHitRate: hits + misses ? hits / (hits + misses) : null,
      lastRefresh: last
        ? {
            at: last.at,
            ok: last.ok,
            trackedNodes: last.tracked,
            statusChanges: last.statusChanges,
            earningsRows: last.earningsRows,
            error: last.error ?? null,
          }
        : null,
    };
  }
}
