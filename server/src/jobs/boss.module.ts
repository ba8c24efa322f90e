import { type DynamicModule, Global, Module } from '@nestjs/common';
import { BOSS_DATABASE_URL, BossService } from './boss.service.js';
import { PeriodicJobsService } from './periodic-jobs.service.js';

/** The app-wide pg-boss (durable job queues in the app's own PostgreSQL) and the periodic jobs on it. */
@Global()
@Module({})
export class BossModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: BossModule,
      providers: [{ provide: BOSS_DATABASE_URL, useValue: databaseUrl }, BossService, PeriodicJobsService],
      exports: [BossService, PeriodicJobsService],
    };
  }
}
