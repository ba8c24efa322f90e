import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

/** The registry; the /metrics controller lives in GonkaModule because it reads the adapters' breakers. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
