import pino, { type Logger } from 'pino';
import { startApp, type RunningApp } from '../../src/bootstrap.js';
import { AppConfig } from '../../src/config/app-config.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export interface TestApp {
  url: string;
  running: RunningApp;
  db: TestDatabase;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/**
 * The real app, in this process, on a fresh database and a random port: tests talk to it over HTTP.
 * It uses REDIS_URL when the environment has one (CI does), memory otherwise. `opts.logger` replaces
 * the silent logger (tests that read log lines pass one writing to a captured stream, see log-capture.ts).
 */
export async function startTestApp(env: Record<string, string> = {}, opts: { logger?: Logger } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL,
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    // Each test app gets its own keys on a shared Redis, so no file sees another's cache.
    CACHE_NAMESPACE: `test-${db.url.split('/').pop()}`,
    // Over-fetching must fail loudly, as it would against public Gonka nodes.
    SIMULATOR_RATE_LIMIT: 'true',
    ...env,
  });
  const running = await startApp(config, opts.logger ?? pino({ level: config.env.LOG_LEVEL }), { port: 0 });
  return {
    url: running.url,
    running,
    db,
    gql: (query, variables, token) => gqlRequest(running.url, query, variables, token),
    async close() {
      await running.close();
      await db.drop();
    },
  };
}

export async function gqlRequest<T>(base: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
