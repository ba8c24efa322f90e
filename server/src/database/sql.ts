import { types, type CustomTypesConfig, type Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Statement names by SQL text. A named statement is parsed (and, once PostgreSQL settles on a
 * generic plan, planned) once per connection instead of on every call: on the 50-node node-table
 * query that took PostgreSQL's CPU from 1.4–1.5 to 0.8 ms per query (a loop of 1,000; under load
 * bench/profile.mjs reports it per request), and on a 2-core machine that CPU is taken from the app. The texts are a small fixed set (values are always
 * parameters); past the bound, statements simply go unnamed.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 500;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `mg${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

const TIMESTAMPTZ_OID = 1184;

/**
 * Result parsing that leaves `timestamptz` columns as PostgreSQL's text (`2026-11-22 03:10:19.123456+00`):
 * exact to the microsecond, as keyset cursors need, and no Date built for a value nobody reads.
 * (Casting `::text` in SQL instead is evaluated for every row *before* ORDER BY … LIMIT: on a
 * 1,000-node customer that cast alone was 6 of a 10 ms page query.) `parseTimestamp` makes the Date.
 */
export const RAW_TIMESTAMPS: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID ? (value: string) => value : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};
export const parseTimestamp = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date;

/**
 * Plain parameterised SQL straight on the pg pool, for the hot read paths (node lists, per-request
 * loaders), as named prepared statements. TypeORM's `query()` takes a query runner per call (pool
 * checkout, events, logging) — measurable at hundreds of dashboard queries a second. Writes and
 * transactions stay on TypeORM. `text` must hold no values: everything variable goes in `params`.
 */
export function sql<R>(db: DataSource | EntityManager, text: string, params: readonly unknown[] = [], parsers?: CustomTypesConfig): Promise<R[]> {
  const source = 'dataSource' in db ? db.dataSource : db;
  const pool = (source.driver as unknown as { master: Pool }).master;
  return pool.query({ name: statementName(text), text, values: params as unknown[], types: parsers }).then((r) => r.rows as R[]);
}
