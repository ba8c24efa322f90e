import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Plain parameterised SQL straight on the pg pool, for the hot read paths (node lists, per-request
 * loaders). TypeORM's `query()` takes a query runner per call (pool checkout, events, logging) —
 * measurable at hundreds of dashboard queries a second. Writes and transactions stay on TypeORM.
 */
export function sql<R>(db: DataSource | EntityManager, text: string, params: readonly unknown[] = []): Promise<R[]> {
  const source = 'dataSource' in db ? db.dataSource : db;
  const pool = (source.driver as unknown as { master: Pool }).master;
  return pool.query(text, params as unknown[]).then((r) => r.rows as R[]);
}
