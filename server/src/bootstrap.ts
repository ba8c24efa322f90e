import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { Request, Response } from 'express';
import { AppModule } from './app.module.js';
import { trackHttp } from './common/http-drain.js';
import type { AppConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database.js';
import { LiveTransport } from './graphql/live/live-transport.service.js';
import { BossService } from './jobs/boss.service.js';
import type { RunningDatabase } from './database/embedded-postgres.js';
import { PinoNestLogger } from './logging/pino-nest-logger.js';
import { resolveUpstreams, type UpstreamEndpoints } from './network/upstream-endpoints.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { startMetricsListener } from './metrics/metrics-listener.js';
import { securityHeaders } from './security/security-headers.js';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  database: RunningDatabase;
  upstreams: UpstreamEndpoints;
  /** The loopback-only /metrics listener's base URL, when METRICS_PORT is set. */
  metricsUrl?: string;
  /** Graceful and bounded by SHUTDOWN_GRACE_SECONDS (closeGracefully below); later calls wait for the first. */
  close(): Promise<void>;
}

/**
 * Kernel accept queue of the HTTP listener (Node's default is 511; Linux caps it at
 * net.core.somaxconn). A burst of connections (e.g. 1,000 customers' dashboards at once) arriving
 * while the event loop is busy overflows a 511 queue; Linux then drops the handshakes it cannot
 * queue and, under that pressure, prunes half-open ones after as few as 2 SYN-ACK retries, so
 * clients that had already sent their request get ECONNRESET. A deeper queue lets the burst wait
 * for accept() instead.
 */
export const LISTEN_BACKLOG = 4096;
/** NestApplication#listen passes extra arguments on to http.Server#listen; its typings stop at the host. */
type ListenWithBacklog = { listen(port: number, host: string, backlog: number): Promise<unknown> };

/** Starts everything the portal needs; used by main.ts and by the integration tests. */
export async function startApp(config: AppConfig, logger: Logger, opts: { port?: number } = {}): Promise<RunningApp> {
  const database = await resolveDatabase(config, logger);
  let app: NestExpressApplication | undefined;
  let upstreams: UpstreamEndpoints | undefined;
  let metrics: Server | undefined;
  try {
    upstreams = await resolveUpstreams(config, logger);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl: database.url, logger, upstreams }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(PinoNestLogger));
    app.disable('x-powered-by');
    // Who may tell us the client's address (req.ip, used by the per-address throttles) and scheme.
    app.set('trust proxy', config.env.TRUST_PROXY);
    app.use(securityHeaders());
    // GraphQL answers are POSTs: an ETag (a hash of every response body) buys nothing there.
    app.set('etag', false);
    serveClient(app, config);
    await (app as unknown as ListenWithBacklog).listen(opts.port ?? config.env.PORT, config.env.HOST, LISTEN_BACKLOG);
    metrics = await startMetrics(app, config, logger);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await upstreams?.simulator?.close();
    await database.stop();
    throw e;
  }
  const addr = app.getHttpServer().address();
  const port = typeof addr === 'object' && addr ? addr.port : config.env.PORT;
  const started = app;
  const sources = upstreams;
  const metricsListener = metrics;
  const http = trackHttp(started.getHttpServer());
  /**
   * Graceful shutdown, bounded by SHUTDOWN_GRACE_SECONDS: the port closes at once (a balancer's health
   * check fails, it sends no more), live sockets close with 1001 so clients reconnect elsewhere,
   * in-flight requests and running jobs finish meanwhile (a job still running at the deadline is
   * handed back to pg-boss for another instance), then the modules stop and the database and Redis
   * connections close last.
   */
  const closeGracefully = async () => {
    const deadline = Date.now() + config.env.SHUTDOWN_GRACE_SECONDS * 1000;
    const left = () => Math.max(0, deadline - Date.now());
    http.stopAccepting();
    const jobs = started.get(BossService).stop(left());
    await started.get(LiveTransport).goAway();
    await http.idle(left());
    await http.closeAll();
    await new Promise((res) => (metricsListener ? metricsListener.close(res) : res(undefined)));
    await jobs;
    await started.close();
    await sources.simulator?.close();
    await database.stop();
  };
  let closing: Promise<void> | undefined;
  return {
    app: started,
    url: `http://127.0.0.1:${port}`,
    database,
    upstreams: sources,
    metricsUrl: metricsListener && `http://127.0.0.1:${(metricsListener.address() as AddressInfo).port}`,
    close() {
      closing ??= closeGracefully();
      return closing;
    },
  };
}

/** METRICS_PORT: /metrics on its own loopback listener; in production without it or a token, nowhere (said once). */
async function startMetrics(app: NestExpressApplication, config: AppConfig, logger: Logger) {
  const { METRICS_PORT, METRICS_TOKEN } = config.env;
  if (METRICS_PORT === undefined) {
    if (!config.metricsOnPublicPort)
      logger.warn('/metrics is off: in production set METRICS_TOKEN (bearer on the public port) or METRICS_PORT (loopback port)');
    return undefined;
  }
  const controller = app.get(MetricsController);
  return startMetricsListener(METRICS_PORT, METRICS_TOKEN, () => controller.scrape(), logger);
}

/** Serves the built client at `/` with an SPA fallback, when it has been built. */
function serveClient(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.fromRoot(config.env.CLIENT_DIST_DIR);
  if (!config.env.SERVE_CLIENT || !existsSync(join(dist, 'index.html'))) return;
  app.useStaticAssets(dist, { index: false, maxAge: '1h' });
  const index = join(dist, 'index.html');
  app.use((req: Request, res: Response, next: () => void) => {
    const apiPath = /^\/(graphql|health|metrics|statements)(\/|$)/.test(req.path);
    if (req.method !== 'GET' || apiPath || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}
