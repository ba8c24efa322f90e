import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { PinoNestLogger } from './pino-nest-logger.js';
import { requestId } from './root-logger.js';
import { serverTiming } from './server-timing.js';

/** Token for the raw pino instance (plugins and start-up code log through it). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Structured JSON request logs with a request id (pino-http), on the same pino instance as start-up
 * logs, Nest's own logger routed to it, and a Server-Timing header on every response. Deliberately
 * no per-request AsyncLocalStorage (what nestjs-pino adds): on Node 20 it puts hooks on every
 * promise, a quarter of the server's CPU per dashboard query (bench/dashboard-throughput.mjs). Code
 * that logs about a request passes the request id itself (see error-logging.plugin.ts).
 */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  private static httpLogger: ReturnType<typeof pinoHttp<IncomingMessage, ServerResponse>>;

  static forRoot(logger: Logger) {
    LoggingModule.httpLogger = pinoHttp({
      logger,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestId(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      // Health probes would drown the log.
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        // The status is what a request line needs; serializing every response header cost ~1% CPU per request.
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    });
    return {
      module: LoggingModule,
      providers: [{ provide: ROOT_LOGGER, useValue: logger }, { provide: PinoNestLogger, useFactory: () => new PinoNestLogger(logger) }],
      exports: [ROOT_LOGGER, PinoNestLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Every path, the root included (Nest 11+ wildcard syntax).
    consumer.apply(serverTiming, LoggingModule.httpLogger).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
