import { Controller, Get, Header, Inject, UseGuards } from '@nestjs/common';
import type { GonkaNodeClient, HyperfusionClient } from '../upstream/index.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from '../network/upstream-clients.js';
import { MetricsAccessGuard } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus text at /metrics; who may read it on the public port: metrics-access.ts. */
@Controller('metrics')
@UseGuards(MetricsAccessGuard)
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
    @Inject(HYPERFUSION_CLIENT) private readonly tracker: HyperfusionClient | null,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    // Breaker states are read at scrape time: they change inside the adapters, not through us.
    for (const [source, client] of [
      ['gonka_api', this.gonka],
      ['hyperfusion', this.tracker],
    ] as const) {
      for (const [host, state] of Object.entries(client?.breakerStates() ?? {})) {
        this.metrics.breakerState.set({ source, host }, state === 'open' || state === 'isolated' ? 1 : 0);
      }
    }
    return this.metrics.registry.metrics();
  }
}
