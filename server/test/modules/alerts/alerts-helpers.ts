import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import type { AlertRecord, DeliveryEvent } from '../../../src/modules/alerts/alert.types.js';
import type { Session } from '../../helpers/accounts.js';
import type { TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

export const q = (app: TestApp, sql: string, params: unknown[] = []) => withClient(app.db.url, (c) => c.query(sql, params)).then((r) => r.rows);

/** Scripts one simulator host (`POST /__sim/hosts/{address}`), or clears it (`null`: DELETE). */
export async function scriptHost(app: TestApp, address: string, script: Record<string, unknown> | null): Promise<void> {
  const url = `${app.running.upstreams.simulator!.url}/__sim/hosts/${address}`;
  const res = script
    ? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(script) })
    : await fetch(url, { method: 'DELETE' });
  assert.equal(res.status, 200, await res.text());
}

export interface LoggedDelivery {
  event: DeliveryEvent;
  alert: Pick<AlertRecord, 'id' | 'kind' | 'nodeId' | 'dedupeKey'>;
}

/**
 * The real outbox's rows: each given user gets an EMAIL channel (every kind, INFO and up; the
 * tests' SMTP sink receives it), and the returned function reads `notification_deliveries` joined
 * to their alerts, oldest first — what AlertsService enqueued, in the alert's own transaction.
 */
export async function deliveryLog(app: TestApp, sessions: readonly Session[]): Promise<() => Promise<LoggedDelivery[]>> {
  for (const s of sessions) {
    const res = await app.gql(
      `mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { channel { id } } }`,
      { input: { kind: 'EMAIL', target: s.user.email, label: 'test inbox', minSeverity: 'INFO' } },
      s.accessToken,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  }
  return async () =>
    (
      await q(
        app,
        `SELECT d.event, a.id, a.kind, a.node_id, a.dedupe_key FROM notification_deliveries d JOIN alerts a ON a.id = d.alert_id ORDER BY d.created_at, d.id`,
      )
    ).map((r) => ({ event: r.event, alert: { id: r.id, kind: r.kind, nodeId: r.node_id, dedupeKey: r.dedupe_key } }));
}

/** Statuses the last refresh stored, by identifier. */
export async function storedStatuses(app: TestApp): Promise<Map<string, string>> {
  const rows = await q(app, `SELECT n.identifier, s.status FROM node_stats_cache s JOIN nodes n ON n.id = s.node_id`);
  return new Map(rows.map((r) => [r.identifier, r.status]));
}

export const ALERT_FIELDS = 'id kind severity state title message link muted params openedAt resolvedAt acknowledgedAt node { id }';

/**
 * One refresher run that must succeed, a TTL after the last: the simulator's rate window and stats
 * reset, its host scripts kept (seed.ts's refreshOnce resets them too).
 */
export async function refresh(app: TestApp): Promise<void> {
  const res = await fetch(`${app.running.upstreams.simulator!.url}/__sim/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hosts: false }),
  });
  assert.equal(res.status, 200);
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  assert.equal(report.error, undefined);
}
