import type { DataSource } from 'typeorm';
import { underAdvisoryLock } from './advisory-lock.js';

/**
 * Runs the pending migrations under a PostgreSQL advisory lock, so replicas starting at the same
 * moment on a fresh database migrate one after another instead of racing: TypeORM checks for its
 * `migrations` table and for each pending migration without a lock, so two processes both created
 * the table (duplicate pg_type key) or the same migration's tables (issue #17; test:
 * test/database/concurrent-migrations.test.ts). The first holder migrates; the next find nothing pending.
 */
export async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await underAdvisoryLock(lockHolder, 'minegnk:migrations', () =>
      dataSource.runMigrations({ transaction: dataSource.options.migrationsTransactionMode ?? 'each' }),
    );
  } finally {
    await lockHolder.release();
  }
}

/** A data source that is connected and migrated (under the lock): the app's and the CLI's. */
export async function initializeMigrated(dataSource: DataSource): Promise<DataSource> {
  await dataSource.initialize();
  try {
    await migrateUnderLock(dataSource);
  } catch (e) {
    await dataSource.destroy().catch(() => undefined);
    throw e;
  }
  return dataSource;
}
