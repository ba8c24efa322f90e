import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { CacheService } from '../cache/cache.service.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly cache: CacheService,
  ) {}

  /** The process is up; says nothing about dependencies. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready to serve: the database answers. The cache is reported but a Redis outage keeps us ready,
   * because requests still succeed from memory.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        try {
          const result = await this.db.pingCheck('database', { timeout: 2000 });
          if (result.database?.status === 'up') return indicator.up();
        } catch {
          // reported below without the driver's message
        }
        // The probe is public: the driver's message names internal hosts and ports (ECONNREFUSED 10.0.0.5:5432).
        return indicator.down({ message: 'database unreachable' });
      },
      async () => {
        const up = await this.cache.ping();
        const indicator = this.indicators.check('cache');
        return indicator.up({ backend: this.cache.backend, redis: this.cache.backend === 'redis' ? (up ? 'up' : 'down') : 'n/a' });
      },
    ]);
  }
}
