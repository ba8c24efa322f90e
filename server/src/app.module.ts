import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { CacheModule } from './cache/cache.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { initializeMigrated } from './database/migrate-under-lock.js';
import { typeormOptions } from './database/typeorm-options.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { ResolverErrorsFilter } from './graphql/resolver-errors.filter.js';
import { GqlValidationPipe } from './graphql/validation.pipe.js';
import { HealthModule } from './health/health.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { RequestLoadersFactory, RequestLoadersModule } from './graphql/request-loaders.js';
import { BossModule } from './jobs/boss.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LiveEventsModule } from './graphql/live/live-events.js';
import { LiveModule } from './graphql/live/live.module.js';
import { NetworkModule } from './network/network.module.js';
import { DatabaseModule } from './database/database.module.js';
import type { UpstreamEndpoints } from './network/upstream-endpoints.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { ActivityModule } from './modules/activity/activity.module.js';
import { AuthModule, BearerAuth } from './modules/auth/index.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { EarningsModule } from './modules/earnings/earnings.module.js';
import { EpochsModule } from './modules/epochs/epochs.module.js';
import { NodesModule } from './modules/nodes/nodes.module.js';
import { AlertsModule } from './modules/alerts/alerts.module.js';
import { DeliveryModule } from './modules/notifications/delivery/delivery.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { SupportModule } from './modules/support/support.module.js';
import { SystemModule } from './modules/system/system.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { PricesModule } from './modules/prices/prices.module.js';
import { RentsModule } from './modules/rents/rents.module.js';
import { ProfitModule } from './modules/profit/profit.module.js';
import { StatementsModule } from './modules/statements/statements.module.js';

export interface AppDeps {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  upstreams: UpstreamEndpoints;
}

@Module({})
export class AppModule {
  /** Built from already-validated config and an already-running database (see main.ts). */
  static forRoot({ config, databaseUrl, logger, upstreams }: AppDeps): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...typeormOptions(databaseUrl), retryAttempts: 3, retryDelay: 1000 }),
          // Migrations under an advisory lock: replicas starting together on one database take turns.
          dataSourceFactory: (options) => initializeMigrated(new DataSource(options as DataSourceOptions)),
        }),
        CacheModule,
        MetricsModule,
        NetworkModule.forRoot(upstreams),
        DatabaseModule,
        LiveEventsModule,
        BossModule.forRoot(databaseUrl),
        JobsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, RequestLoadersModule],
          inject: [RequestLoadersFactory, BearerAuth],
          useFactory: (loaders: RequestLoadersFactory, bearer: BearerAuth) => graphqlOptions(config, logger, loaders, bearer),
        }),
        HealthModule,
        SystemModule,
        NodesModule,
        DemoModule,
        EarningsModule,
        EpochsModule,
        DashboardModule,
        AdminModule,
        ActivityModule,
        UsersModule,
        AuthModule,
        ApiTokensModule,
        SupportModule,
        NotificationsModule,
        AlertsModule,
        DeliveryModule,
        LiveModule,
        PricesModule,
        RentsModule,
        ProfitModule,
        StatementsModule,
      ],
      // Every GraphQL input/args class is validated; failures are BAD_USER_INPUT naming the field.
      providers: [
        { provide: APP_PIPE, useClass: GqlValidationPipe },
        { provide: APP_FILTER, useClass: ResolverErrorsFilter },
      ],
    };
  }
}
