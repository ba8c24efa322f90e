import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres.js';

/** The configured PostgreSQL, or an embedded one when DATABASE_URL is unset. */
export async function resolveDatabase(config: AppConfig, log: Logger): Promise<RunningDatabase> {
  const { DATABASE_URL, EMBEDDED_PG_DIR, EMBEDDED_PG_PORT, EMBEDDED_PG_SHARED_DIR } = config.env;
  if (DATABASE_URL) return { url: DATABASE_URL, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres(config.fromRoot(EMBEDDED_PG_DIR), EMBEDDED_PG_PORT, log, config.fromRoot(EMBEDDED_PG_SHARED_DIR));
}
