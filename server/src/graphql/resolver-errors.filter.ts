import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { DatabaseUnavailable, isDatabaseUnavailable } from '../database/db-unavailable.js';

/**
 * GraphQL resolvers' errors go back to graphql-js untouched, and are logged once, by
 * errorLoggingPlugin (with the request id; a database outage as one warning per 10 s). Without this
 * filter Nest also logs every unexpected resolver error with its stack: during a PostgreSQL restart
 * that was one stack per failed field (bench/drills/postgres-restart.mjs). HTTP routes keep Nest's
 * default handling.
 */
@Catch()
export class ResolverErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    if (!(exception instanceof HttpException) && isDatabaseUnavailable(exception)) return new DatabaseUnavailable();
    return exception;
  }
}
