import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import type { Logger } from 'pino';
import { PinoNestLogger } from './pino-nest-logger.js';
import { requestLog } from './request-log.js';

/** Token for the raw pino instance (plugins and start-up code log through it). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Structured JSON request logs with a request id and a Server-Timing header (request-log.ts), on the
 * same pino instance as start-up logs, with Nest's own logger routed to it. Deliberately
 * no per-request AsyncLocalStorage (what nestjs-pino adds): on Node 20 it puts hooks on every
 * promise, a quarter of the server's CPU per dashboard query (bench/dashboard-throughput.mjs). Code
 * that logs about a request passes the request id itself (see error-logging.plugin.ts).
 */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  private static httpLogger: ReturnType<typeof requestLog>;

  static forRoot(logger: Logger) {
    LoggingModule.httpLogger = requestLog(logger);
    return {
      module: LoggingModule,
      providers: [
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: PinoNestLogger, useFactory: () => new PinoNestLogger(logger) },
      ],
      exports: [ROOT_LOGGER, PinoNestLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Every path, the root included (Nest 11+ wildcard syntax).
    consumer.apply(LoggingModule.httpLogger).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
