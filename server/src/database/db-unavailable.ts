import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../common/domain-error.js';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';

/** What clients see while PostgreSQL is unreachable (restart, failover, network): a stable code, nothing internal. */
export class DatabaseUnavailable extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
  }
}

// SQLSTATEs that mean "the server is not there for us right now", not "this query is wrong".
const SQLSTATES = new Set([
  '57P01', // admin_shutdown: session terminated by a fast/smart shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
]);

// Socket errors of the pool's connections (the database is the only TCP peer that reaches a resolver raw:
// upstream HTTP failures are turned into UPSTREAM_UNAVAILABLE domain errors, Redis failures are absorbed by the cache).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

// node-postgres / pg-pool messages for a connection that broke or never came up.
const MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
];

/**
 * True when `error` (or what it wraps: TypeORM's `driverError`, `cause`, graphql-js's `originalError`,
 * an AggregateError's `errors`) says PostgreSQL could not be reached, as opposed to a failing query.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof DatabaseUnavailable) return true;
  // TypeORM releases a query runner by itself when its connection emits an error (PostgresQueryRunner's
  // error listener); the transaction's next statement (often COMMIT) then throws this. The app never
  // holds query runners itself (only TypeORM's transaction()/save() do), so here it means "connection lost".
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (e.message === 'fetch failed') return false; // an HTTP call's socket error (its cause), not the database's
  if (typeof e.code === 'string' && (SQLSTATES.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  const inner = [e.driverError, e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== error && isDatabaseUnavailable(x, depth + 1));
}

/** A short description for the log: the driver's code and message, no stack, no query text. */
export function describeDatabaseError(error: unknown, depth = 0): { code?: string; message?: string } {
  const e = (error ?? {}) as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown };
  if (typeof e.code === 'string') return { code: e.code, message: typeof e.message === 'string' ? e.message : undefined };
  for (const inner of [e.driverError, e.originalError, e.cause]) {
    if (inner && inner !== error && depth < 5 && isDatabaseUnavailable(inner)) return describeDatabaseError(inner, depth + 1);
  }
  return { message: typeof e.message === 'string' ? e.message : undefined };
}
