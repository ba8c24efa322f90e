import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { startApp, type RunningApp } from '../../../../src/bootstrap.js';
import { AppConfig } from '../../../../src/config/app-config.js';
import { Db } from '../../../../src/database/db.js';
import type { AlertRecord, DeliveryEvent } from '../../../../src/modules/alerts/alert.types.js';
import { ChannelsRepository } from '../../../../src/modules/notifications/channels.repository.js';
import { OutboxService } from '../../../../src/modules/notifications/delivery/outbox.service.js';
import type { ChannelRecord } from '../../../../src/modules/notifications/notification.types.js';
import { withClient } from '../../../helpers/test-db.js';

/** Fast retries so backoff tests take seconds: 1 s, then ~2-4 s. */
export const DELIVERY_ENV = { NOTIFY_RETRY_DELAY_SECONDS: '1', NOTIFY_MAX_ATTEMPTS: '3' };

/** The app on a database that already exists (what a restart does); startTestApp always makes a fresh one. */
export async function startAppOn(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    CACHE_NAMESPACE: `test-${databaseUrl.split('/').pop()}`,
    SIMULATOR_RATE_LIMIT: 'true',
    ...DELIVERY_ENV,
    ...env,
  });
  return startApp(config, pino({ level: config.env.LOG_LEVEL }), { port: 0 });
}

export function webhookChannel(app: RunningApp, userId: string, url: string, secret: string): Promise<ChannelRecord> {
  return app.app.get(ChannelsRepository).insert({
    userId,
    kind: 'WEBHOOK',
    target: url,
    label: 'Integrator',
    status: 'ACTIVE',
    minSeverity: 'INFO',
    events: null,
    secret,
    linkCode: null,
    linkExpiresAt: null,
  });
}

/**
 * An alert row and its record, as AlertsService would hand it to the outbox.
 * TODO(merge): with EVAL's AlertsService in the branch, `raise()` replaces this direct insert.
 */
export async function insertAlert(dbUrl: string, userId: string, kind: AlertRecord['kind'] = 'NODE_OFFLINE'): Promise<AlertRecord> {
  const id = randomUUID();
  const openedAt = new Date();
  const dedupeKey = `${kind}:${id}`;
  await withClient(dbUrl, (c) =>
    c.query(`INSERT INTO alerts (id, user_id, kind, severity, state, dedupe_key, params, opened_at) VALUES ($1, $2, $3, 'CRITICAL', 'OPEN', $4, '{}', $5)`, [
      id,
      userId,
      kind,
      dedupeKey,
      openedAt,
    ]),
  );
  return {
    id,
    userId,
    nodeId: null,
    node: null,
    kind,
    severity: 'CRITICAL',
    state: 'OPEN',
    dedupeKey,
    params: {},
    openedAt,
    resolvedAt: null,
    acknowledgedAt: null,
    mutedAt: null,
  };
}

/** What AlertsService does: enqueue inside its own transaction. */
export function enqueue(app: RunningApp, alert: AlertRecord, event: DeliveryEvent = 'OPEN'): Promise<void> {
  return app.app.get(Db).transaction((tx) => app.app.get(OutboxService).enqueue(tx, alert, event));
}

export interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  idempotency_key: string;
  event: string;
}

export function deliveryRows(dbUrl: string, where = 'true', params: unknown[] = []): Promise<DeliveryRow[]> {
  return withClient(
    dbUrl,
    async (c) =>
      (
        await c.query(
          `SELECT id, status, attempts, last_error, idempotency_key, event FROM notification_deliveries WHERE ${where} ORDER BY created_at, id`,
          params,
        )
      ).rows,
  );
}

/** Polls until `check` passes (returns its value) or the time is up (throws with the last value seen). */
export async function waitFor<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
