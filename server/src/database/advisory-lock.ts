import type { EventEmitter } from 'node:events';
import type { DataSource, QueryRunner } from 'typeorm';

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

/**
 * A PostgreSQL session advisory lock taken without waiting (`pg_try_advisory_lock`) and then kept on
 * a connection of its own, for work only one process of the deployment may do at a time (the
 * Telegram poller). If this process dies or the connection breaks, PostgreSQL ends the session and
 * frees the lock, so another process's next try gets it.
 */
export class HeldAdvisoryLock {
  private runner: QueryRunner | null = null;
  private lost: AbortController | null = null;
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    readonly name: string,
  ) {}

  /**
   * Takes the lock if it is free: a signal that aborts when it is lost (its connection reported an
   * error or ended) or released; null when another session holds it. Throws when PostgreSQL is away.
   */
  async tryAcquire(): Promise<AbortSignal | null> {
    if (this.lost) return this.lost.signal;
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as EventEmitter;
      const [row] = (await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [this.name])) as { locked: boolean }[];
      if (!row?.locked) {
        await runner.release();
        return null;
      }
      const lost = new AbortController();
      const onLost = () => lost.abort();
      client.on('error', onLost);
      client.on('end', onLost);
      this.unwatch = () => {
        client.off('error', onLost);
        client.off('end', onLost);
      };
      this.runner = runner;
      this.lost = lost;
      return lost.signal;
    } catch (e) {
      await runner.release().catch(() => undefined);
      throw e;
    }
  }

  /** Whether the lock's connection still answers: while its session lives, the lock is held. */
  async stillHeld(): Promise<boolean> {
    if (!this.runner || this.lost?.signal.aborted) return false;
    try {
      await this.runner.query('SELECT 1');
      return true;
    } catch {
      this.lost?.abort();
      return false;
    }
  }

  /** Unlocks (another process's next try gets it) and gives the connection back; a no-op when not held. */
  async release(): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    this.unwatch?.();
    this.lost?.abort();
    this.runner = this.lost = this.unwatch = null;
    // On a broken connection this fails, and the ended session has freed the lock already.
    await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.name]).catch(() => undefined);
    await runner.release().catch(() => undefined);
  }
}
