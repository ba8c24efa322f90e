import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomTypesConfig } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { sql } from './sql.js';

/** What a repository method runs its SQL on: the pool (`Db`) or the caller's transaction (`Tx`). */
export interface Sql {
  rows<R>(text: string, params?: readonly unknown[], parsers?: CustomTypesConfig): Promise<R[]>;
}

/** A transaction opened by `Db.transaction`; `manager` is for the TypeORM-entity repositories. */
export class Tx implements Sql {
  private readonly onCommit: (() => unknown)[] = [];

  constructor(readonly manager: EntityManager) {}

  /** Runs `work` once the transaction has committed (never on rollback): live pushes, job sends. */
  afterCommit(work: () => unknown): void {
    this.onCommit.push(work);
  }

  /** Called by `Db.transaction` after COMMIT; a failing callback cannot undo the commit, so it is dropped. */
  committed(): void {
    for (const work of this.onCommit.splice(0)) {
      try {
        void Promise.resolve(work()).catch(() => undefined);
      } catch {
        // best-effort by contract
      }
    }
  }

  rows<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return this.manager.query(text, params as unknown[]);
  }
}

/**
 * The one way the raw-SQL repositories reach PostgreSQL. Reads outside a transaction are named
 * prepared statements straight on the pg pool (see sql.ts for why); a transaction is TypeORM's, so a
 * raw-SQL repository and an entity repository can write in the same one. A repository method that
 * may join its caller's transaction takes `tx: Sql = this.db` as its last parameter.
 */
@Injectable()
export class Db implements Sql {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  rows<R>(text: string, params: readonly unknown[] = [], parsers?: CustomTypesConfig): Promise<R[]> {
    return sql<R>(this.dataSource, text, params, parsers);
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let tx: Tx | undefined;
    const result = await this.dataSource.transaction((manager) => {
      tx = new Tx(manager);
      return work(tx);
    });
    tx?.committed();
    return result;
  }
}
