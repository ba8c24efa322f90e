import { Injectable } from '@nestjs/common';
import type { NetworkView } from '../../network/network-view.types.js';
import { NodeStatus } from '../../network/node-status.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { AlertConditionsRepository, type HeldCondition } from './alert-conditions.repository.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import type { Recipients } from './evaluation.types.js';
import {
  type Held,
  STATUS_ALERT_KINDS,
  STATUS_SEVERITY,
  type StatusAlertKind,
  candidateOf,
  massOffline,
  nextCondition,
  statusDecision,
  statusDedupeKey,
} from './rules/status-alert.rules.js';

/** A count past any hold: kept there so a long-lasting status does not rewrite its row every refresh. */
const HELD_CAP = 100;

/** Status alerts from the refresh's view, with flap suppression kept in alert_conditions. */
@Injectable()
export class StatusAlertsEvaluator {
  constructor(
    private readonly conditions: AlertConditionsRepository,
    private readonly repo: AlertsRepository,
    private readonly alerts: AlertsService,
  ) {}

  /** Returns how many nodes went OFFLINE at once when that many point at the source (else null). */
  async evaluate(view: NetworkView, tracked: readonly TrackedNode[], to: Recipients, sourceDown: boolean): Promise<{ massOffline: number | null }> {
    const ids = tracked.map((t) => t.id);
    const held = await this.conditions.load(ids);
    const seen = tracked.map((t) => {
      // Absent from the view = not in the epoch: what the status recorder stores too (OFFLINE).
      const live = view.nodes[t.identifier];
      return { node: t, live, seen: candidateOf(live?.status ?? NodeStatus.OFFLINE), before: held.get(t.id)?.kind };
    });
    const mass = massOffline(seen, tracked.length);
    const suppressed = sourceDown || mass !== null;
    const next = new Map<string, Held | undefined>();
    const changed: HeldCondition[] = [];
    for (const s of seen) {
      const prev = held.get(s.node.id);
      const cond = nextCondition(prev, s.seen, suppressed);
      const stored = cond && { ...cond, consecutive: Math.min(cond.consecutive, HELD_CAP) };
      next.set(s.node.id, stored);
      if (stored && (stored.kind !== prev?.kind || stored.consecutive !== prev?.consecutive)) changed.push({ nodeId: s.node.id, ...stored });
    }
    await this.conditions.save(changed);

    const open = new Map<string, Map<string, Set<StatusAlertKind>>>();
    for (const a of await this.repo.openOf(STATUS_ALERT_KINDS, ids)) {
      const byUser = open.get(a.nodeId!) ?? new Map<string, Set<StatusAlertKind>>();
      byUser.set(a.userId, (byUser.get(a.userId) ?? new Set()).add(a.kind as StatusAlertKind));
      open.set(a.nodeId!, byUser);
    }
    for (const s of seen) {
      const owner = to.ownerOf.get(s.node.id);
      const byUser = open.get(s.node.id) ?? new Map<string, Set<StatusAlertKind>>();
      if (owner && !byUser.has(owner)) byUser.set(owner, new Set());
      for (const [userId, kinds] of byUser) {
        const decision = statusDecision(next.get(s.node.id), to.rulesOf(userId).holdRefreshes, kinds, suppressed);
        // A former owner's open alert still resolves; only the current owner gets new ones.
        for (const kind of decision.resolve) await this.alerts.resolve(userId, statusDedupeKey(kind, s.node.id));
        if (decision.open && userId === owner) {
          const params = {
            status: s.live?.status ?? NodeStatus.OFFLINE,
            rule: s.live?.statusRule ?? 'NOT_IN_CURRENT_EPOCH',
            jailedUntil: s.live?.jailedUntil ?? null,
          };
          const kind = decision.open;
          await this.alerts.raise({ userId, nodeId: s.node.id, kind, severity: STATUS_SEVERITY[kind], dedupeKey: statusDedupeKey(kind, s.node.id), params });
        }
      }
    }
    return { massOffline: mass };
  }
}
