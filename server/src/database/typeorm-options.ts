import { join } from 'node:path';
import type { Client } from 'pg';
import type { DataSourceOptions } from 'typeorm';

/**
 * Every pooled connection keeps an 'error' listener for its whole life. pg-pool removes its own listener
 * while a connection is checked out, and a promise-based borrower (TypeORM's query runner) adds its
 * listener a microtask later; when a connection is handed over from inside another connection's
 * socket callback (`pool.query` releasing on ReadyForQuery) and PostgreSQL's "terminating connection"
 * (57P01, sent on shutdown) arrives in the same packet, the error is emitted with no listener and the
 * process dies. With this one the error is recorded on the connection instead: it is no longer
 * queryable, the borrower's query fails (SERVICE_UNAVAILABLE to clients) and pg-pool discards it on release.
 * Found by bench/drills/postgres-restart.mjs.
 */
function keepErrorListener(client: Client): void {
  client.on('error', () => undefined);
}

/**
 * One place that says how TypeORM reaches PostgreSQL: migrations only, never synchronize. TypeORM
 * does not run them itself on initialize: `initializeMigrated` (migrate-under-lock.ts) runs them
 * under an advisory lock, so replicas starting together do not race.
 */
export function typeormOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(__dirname, '../modules/**/entities/*.entity.js')],
    migrations: [join(__dirname, 'migrations/*.js')],
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Fail fast while the database is away so requests get a clear error instead of hanging.
    extra: {
      max: 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      onConnect: keepErrorListener,
      // PostgreSQL's default random_page_cost (4) assumes spinning disks; with the working set in RAM
      // or on SSD it makes the planner hash-join a customer's 1,000 nodes against a seq scan of all
      // 100k (50 ms) instead of 1,000 index probes (3 ms). Set per connection, so no server change.
      options: '-c random_page_cost=1.1',
    },
  };
}
