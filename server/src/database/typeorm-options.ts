import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';

/** One place that says how TypeORM reaches PostgreSQL: migrations only, never synchronize. */
export function typeormOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(__dirname, '../modules/**/entities/*.entity.js')],
    migrations: [join(__dirname, 'migrations/*.js')],
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Fail fast while the database is away so requests get a clear error instead of hanging.
    extra: { max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30000 },
  };
}
