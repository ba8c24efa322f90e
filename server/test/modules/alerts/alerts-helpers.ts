import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { AlertsService } from '../../../src/modules/alerts/alerts.service.js';
import type { AlertRecord, DeliveryEvent } from '../../../src/modules/alerts/alert.types.js';
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

/**
 * What AlertsService hands the NOTIFICATION_OUTBOX seam. The delivery outbox (DELIV) is not on this
 * branch, so a recorder takes its place at the seam: same call, same transaction argument.
 * (At merge these assertions can count notification_deliveries rows instead.)
 */
export function recordOutbox(app: TestApp): { events: { alert: AlertRecord; event: DeliveryEvent; inTx: boolean }[] } {
  const recorded = { events: [] as { alert: AlertRecord; event: DeliveryEvent; inTx: boolean }[] };
  const service = app.running.app.get(AlertsService) as unknown as { outbox?: unknown };
  service.outbox = {
    async enqueue(tx: { manager?: unknown }, alert: AlertRecord, event: DeliveryEvent) {
      recorded.events.push({ alert, event, inTx: Boolean(tx?.manager) });
    },
  };
  return recorded;
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
