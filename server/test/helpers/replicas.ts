import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Two instances of the app as two replicas of one deployment: the same database, the same Redis
 * namespace (REDIS_URL from the environment) and the same JWT secret; `env` applies to both.
 * `close()` stops B, then A (which drops the database).
 */
export async function startReplicas(
  env: Record<string, string> = {},
): Promise<{ a: TestApp; b: TestApp; env: Record<string, string>; close(): Promise<void> }> {
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CACHE_NAMESPACE: `replicas-${randomBytes(4).toString('hex')}`, ...env };
  const a = await startTestApp(shared);
  const b = await startTestApp({ ...shared, DATABASE_URL: a.db.url }).catch(async (e) => {
    await a.close();
    throw e;
  });
  return {
    a,
    b,
    /** What a further replica needs (with DATABASE_URL: a.db.url). */
    env: shared,
    async close() {
      await b.close();
      await a.close();
    },
  };
}
