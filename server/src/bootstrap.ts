import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database.js';
import type { RunningDatabase } from './database/embedded-postgres.js';
import { resolveUpstreams, type UpstreamEndpoints } from './modules/gonka/upstream-endpoints.js';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  database: RunningDatabase;
  upstreams: UpstreamEndpoints;
  close(): Promise<void>;
}

/** Starts everything the portal needs; used by main.ts and by the integration tests. */
export async function startApp(config: AppConfig, logger: Logger, opts: { port?: number } = {}): Promise<RunningApp> {
  const database = await resolveDatabase(config, logger);
  let app: NestExpressApplication | undefined;
  let upstreams: UpstreamEndpoints | undefined;
  try {
    upstreams = await resolveUpstreams(config, logger);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl: database.url, logger, upstreams }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(PinoNestLogger));
    app.disable('x-powered-by');
    serveClient(app, config);
    await app.listen(opts.port ?? config.env.PORT, config.env.HOST);
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
  return {
    app: started,
    url: `http://127.0.0.1:${port}`,
    database,
    upstreams: sources,
    async close() {
      await started.close();
      await sources.simulator?.close();
      await database.stop();
    },
  };
}

/** Serves the built client at `/` with an SPA fallback, when it has been built. */
function serveClient(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.fromRoot(config.env.CLIENT_DIST_DIR);
  if (!config.env.SERVE_CLIENT || !existsSync(join(dist, 'index.html'))) return;
  app.useStaticAssets(dist, { index: false, maxAge: '1h' });
  const index = join(dist, 'index.html');
  app.use((req: any, res: any, next: () => void) => {
    const apiPath = /^\/(graphql|health|metrics)(\/|$)/.test(req.path);
    if (req.method !== 'GET' || apiPath || !req.accepts('html')) return next();
    res.sendFile(index);
  });
}
