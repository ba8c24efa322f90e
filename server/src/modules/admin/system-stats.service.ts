import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CacheService } from '../../cache/cache.service.js';
import type { GonkaNodeClient, HyperfusionClient } from '../../upstream/index.js';
import { RefresherService } from '../../jobs/refresher.service.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from '../../network/upstream-clients.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import type { SystemStats } from './dto/system-stats.model.js';

@Injectable()
export class SystemStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: CacheService,
    private readonly refresher: RefresherService,
    @Inject(UPSTREAM_ENDPOINTS) private readonly endpoints: UpstreamEndpoints,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
    @Inject(HYPERFUSION_CLIENT) private readonly tracker: HyperfusionClient | null,
  ) {}

  async stats(): Promise<SystemStats> {
    const [row] = await this.db.query(`
      SELECT (SELECT count(*) FROM users)::int AS users,
             (SELECT count(*) FROM users WHERE role = 'admin')::int AS admins,
             (SELECT count(*) FROM nodes)::int AS nodes,
             (SELECT count(DISTINCT node_id) FROM user_nodes)::int AS tracked,
             (SELECT count(*) FROM support_requests WHERE status = 'pending')::int AS pending`);
    const { hits, misses } = this.cache.stats;
    const last = this.refresher.lastReport;
    return {
      users: row.users,
      admins: row.admins,
      nodes: row.nodes,
      trackedNodes: row.tracked,
      pendingSupportRequests: row.pending,
      upstreams: [
        ...Object.entries(this.gonka?.breakerStates() ?? {}).map(([host, breaker]) => ({ source: 'gonka_api', host, breaker })),
        ...Object.entries(this.tracker?.breakerStates() ?? {}).map(([host, breaker]) => ({ source: 'hyperfusion', host, breaker })),
      ],
      demoMode: this.endpoints.demo,
      cacheBackend: this.cache.backend,
      cacheHealthy: this.cache.isRedisHealthy,
      cacheHitRate: hits + misses ? hits / (hits + misses) : null,
      lastRefresh: last
        ? { at: last.at, ok: last.ok, trackedNodes: last.tracked, statusChanges: last.statusChanges, earningsRows: last.earningsRows, error: last.error ?? null }
        : null,
    };
  }
}
