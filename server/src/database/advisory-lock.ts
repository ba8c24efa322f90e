/** A connection to hold a session-level lock on: a TypeORM query runner or a pg pool client both fit. */
export interface LockConnection {
  query(text: string, params: unknown[]): Promise<unknown>;
}

/**
 * Runs `work` while `connection` holds the PostgreSQL session advisory lock `name`: processes on the
 * same database (advisory locks are per database) that do the same take turns. `work` runs its SQL
 * on other connections; if this process dies, PostgreSQL ends the session and the lock with it.
 */
export async function underAdvisoryLock<T>(connection: LockConnection, name: string, work: () => Promise<T>): Promise<T> {
  await connection.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
  try {
    return await work();
  } finally {
    await connection.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]);
  }
}
