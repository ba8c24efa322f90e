import { Injectable, Logger } from '@nestjs/common';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { DEFAULT_ALERT_RULES } from '../users/alert-rules.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AlertParams } from './alert.types.js';
import { AlertRemindersRepository } from './alert-reminders.repository.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import { EpochAlertsEvaluator } from './epoch-alerts.evaluator.js';
import type { Recipients, RefreshFacts } from './evaluation.types.js';
import { StatusAlertsEvaluator } from './status-alerts.evaluator.js';

/** Failed refreshes in a row before admins hear that the refresher is failing. */
export const REFRESHER_FAILURES_BEFORE_ALERT = 3;
const UPSTREAM_KEY = 'SYSTEM_UPSTREAM_DOWN:system:network';
const REFRESHER_KEY = 'SYSTEM_REFRESHER_FAILING:system:refresher';

export type UpstreamCause = 'UNAVAILABLE' | 'PARTIAL' | 'MASS_OFFLINE';

/**
 * Turns one refresh into alerts, once at its end, from what it already read and stored: node
 * statuses (flap-suppressed), the epoch guard, the refresher's and the source's health, reminders.
 * Dependency-aware: while the source is suspect no per-node alert opens and each admin gets one
 * SYSTEM_UPSTREAM_DOWN instead; recoveries always go through.
 */
@Injectable()
export class AlertEvaluatorService {
  private readonly log = new Logger(AlertEvaluatorService.name);
  private failures = 0;

  constructor(
    private readonly alerts: AlertsService,
    private readonly repo: AlertsRepository,
    private readonly reminders: AlertRemindersRepository,
    private readonly users: UsersRepository,
    private readonly nodes: NodesRepository,
    private readonly statuses: StatusAlertsEvaluator,
    private readonly epochs: EpochAlertsEvaluator,
  ) {}

  async evaluate(f: RefreshFacts): Promise<void> {
    const admins = await this.users.adminIds();
    const openSystem = new Set((await this.repo.openOf(['SYSTEM_UPSTREAM_DOWN', 'SYSTEM_REFRESHER_FAILING'], null)).map((a) => `${a.userId}|${a.dedupeKey}`));
    this.failures = f.ok ? 0 : this.failures + 1;
    if (this.failures >= REFRESHER_FAILURES_BEFORE_ALERT) {
      await this.system(admins, 'SYSTEM_REFRESHER_FAILING', REFRESHER_KEY, { failures: this.failures, error: (f.error ?? '').slice(0, 300) }, openSystem);
    } else if (f.ok) await this.settle(admins, REFRESHER_KEY, openSystem);

    const to = await this.recipients(f);
    let cause: UpstreamCause | null = f.viewFailed ? 'UNAVAILABLE' : f.view && f.view.failed.length > 0 ? 'PARTIAL' : null;
    let affected: number | null = null;
    if (f.view) {
      affected = (await this.statuses.evaluate(f.view, f.tracked, to, cause !== null)).massOffline;
      if (!cause && affected !== null) cause = 'MASS_OFFLINE';
      await this.epochs.evaluate(f.view, f.tracked, to, f.startedAt, cause !== null);
    }
    if (cause) {
      const params = { cause, failed: f.view?.failed.join(', ') ?? '', affected, tracked: f.tracked.length };
      await this.system(admins, 'SYSTEM_UPSTREAM_DOWN', UPSTREAM_KEY, params, openSystem);
    } else if (f.view) await this.settle(admins, UPSTREAM_KEY, openSystem);
    await this.remind().catch((e: Error) => this.log.warn(`reminders failed: ${e.message}`));
  }

  private async recipients(f: RefreshFacts): Promise<Recipients> {
    const owners = f.tracked.length ? await this.nodes.ownersOf(f.tracked.map((t) => t.id)) : [];
    const ownerOf = new Map(owners.map((o) => [o.node_id, o.user_id]));
    const settings = await this.users.alertSettings([...new Set(ownerOf.values())]);
    return { ownerOf, rulesOf: (userId) => settings.get(userId)?.alertRules ?? DEFAULT_ALERT_RULES };
  }

  private async system(
    admins: readonly string[],
    kind: 'SYSTEM_UPSTREAM_DOWN' | 'SYSTEM_REFRESHER_FAILING',
    key: string,
    params: AlertParams,
    open: Set<string>,
  ) {
    for (const userId of admins) {
      if (!open.has(`${userId}|${key}`)) await this.alerts.raise({ userId, nodeId: null, kind, severity: 'CRITICAL', dedupeKey: key, params });
    }
  }

  private async settle(admins: readonly string[], key: string, open: Set<string>): Promise<void> {
    for (const userId of admins) if (open.has(`${userId}|${key}`)) await this.alerts.resolve(userId, key);
  }

  /** Open CRITICAL alerts repeated every `reminderMinutes` of their recipient (off by default). */
  private async remind(): Promise<void> {
    const open = await this.reminders.openCritical();
    if (open.length === 0) return;
    const settings = await this.users.alertSettings([...new Set(open.map((a) => a.userId))]);
    const now = Date.now();
    const due = open.filter((a) => {
      const every = settings.get(a.userId)?.alertRules.reminderMinutes;
      return every != null && now - a.lastNoticeAt.getTime() >= every * 60_000;
    });
    await this.alerts.remind(due);
  }
}
