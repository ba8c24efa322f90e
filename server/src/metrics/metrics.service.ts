import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamRequestEvent } from '../upstream/index.js';

/** Prometheus counters for the data layer; one registry per app instance (tests start several). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly upstreamRequests = new Counter({
    name: 'upstream_requests_total',
    help: 'Upstream HTTP requests by source, route pattern and outcome',
    labelNames: ['source', 'route', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly cacheLookups = new Counter({
    name: 'cache_lookups_total',
    help: 'Resource cache lookups by result (fresh, stale, miss)',
    labelNames: ['resource', 'result'] as const,
    registers: [this.registry],
  });
  readonly refreshDuration = new Histogram({
    name: 'refresh_duration_seconds',
    help: 'Background refresh duration by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });
  /** Which replica is running a periodic job right now (pg-boss records no worker): 1 while this process runs it. */
  readonly periodicJobRunning = new Gauge({
    name: 'periodic_job_running',
    help: '1 while this process runs the periodic job (one replica per period), 0 otherwise',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });
  readonly breakerState = new Gauge({
    name: 'upstream_breaker_open',
    help: '1 when the circuit breaker of an upstream host is open (or isolated), 0 otherwise',
    labelNames: ['source', 'host'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  recordUpstream(e: UpstreamRequestEvent): void {
    this.upstreamRequests.inc({ source: e.source, route: e.route, outcome: e.outcome });
  }
}
