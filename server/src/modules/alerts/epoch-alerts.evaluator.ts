import { Injectable } from '@nestjs/common';
import { ChainParamsService } from '../../network/chain-params.service.js';
import type { NetworkView } from '../../network/network-view.types.js';
import { EpochOutcomesRepository } from '../earnings/epoch-outcomes.repository.js';
import { downtimeThreshold } from '../epochs/downtime-test.rules.js';
import { epochRisk, RiskLevel } from '../epochs/epoch-risk.rules.js';
import { liveCounts } from '../epochs/epoch-risk.service.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { gnkToNgonka } from './alert-texts.format.js';
import type { AlertKind, AlertParams } from './alert.types.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import type { Recipients } from './evaluation.types.js';
import {
  claimWindowCloses,
  closingClaims,
  DROP_MEDIAN_EPOCHS,
  earningsDrop,
  expiredRewards,
  type OutcomeFact,
  zeroRewards,
} from './rules/epoch-alert.rules.js';

/**
 * Epoch-guard alerts: the running epoch's risk from the refresh's view (the same pure rules as
 * Node.epochRisk, chain params from their hourly cache), and the outcomes the sync just stored.
 * `suppressed` (the source is suspect) holds back new alerts, never resolutions.
 */
@Injectable()
export class EpochAlertsEvaluator {
  constructor(
    private readonly params: ChainParamsService,
    private readonly outcomes: EpochOutcomesRepository,
    private readonly repo: AlertsRepository,
    private readonly alerts: AlertsService,
  ) {}

  async evaluate(view: NetworkView, tracked: readonly TrackedNode[], to: Recipients, since: Date, suppressed: boolean): Promise<void> {
    const current = view.chainClock?.epochIndex ?? view.epochId;
    const owned = tracked.filter((t) => to.ownerOf.has(t.id));
    if (!current || owned.length === 0) return;
    const ids = owned.map((t) => t.id);
    const open = new Map((await this.repo.openOf(['EPOCH_AT_RISK', 'CLAIM_WINDOW_CLOSING'], ids)).map((a) => [`${a.userId}|${a.dedupeKey}`, a]));
    const isOpen = (userId: string, key: string) => open.has(`${userId}|${key}`);
    const raise = (node: TrackedNode, kind: AlertKind, dedupeKey: string, params: AlertParams) => {
      const userId = to.ownerOf.get(node.id)!;
      if (suppressed || isOpen(userId, dedupeKey)) return Promise.resolve(null);
      return this.alerts.raise({ userId, nodeId: node.id, kind, severity: 'WARNING', dedupeKey, params });
    };
    const settle = async (node: TrackedNode, key: string) => {
      const userId = to.ownerOf.get(node.id)!;
      if (isOpen(userId, key)) await this.alerts.resolve(userId, key);
      open.delete(`${userId}|${key}`);
    };
    /** The open alert under `key` is about another epoch: it cleared, and this epoch's opens anew. */
    const aboutOtherEpoch = (node: TrackedNode, key: string, epoch: number) => {
      const a = open.get(`${to.ownerOf.get(node.id)}|${key}`);
      return a !== undefined && a.params.epoch !== epoch;
    };

    const { params } = await this.params.current();
    const threshold = view.totals ? downtimeThreshold(view.totals, params.binomTestP0 ?? 0.1) : null;
    for (const node of owned) {
      const risk = epochRisk(liveCounts(view.nodes[node.identifier] ?? null), threshold, false);
      const key = `EPOCH_AT_RISK:${node.id}`;
      const atRisk = risk.level === RiskLevel.AT_RISK;
      if (!atRisk || aboutOtherEpoch(node, key, current)) await settle(node, key);
      if (atRisk)
        await raise(node, 'EPOCH_AT_RISK', key, { epoch: current, reasonCode: risk.reasonCode, requests: risk.requests, missedRate: risk.missedRate });
    }

    const byId = new Map(owned.map((t) => [t.id, t]));
    const rows: OutcomeFact[] = (await this.outcomes.alertFacts(ids, current - 2, since)).map((r) => ({
      nodeId: r.node_id,
      epoch: r.epoch,
      reward: r.reward,
      claimed: r.claimed,
      verdict: r.verdict,
      verdictReason: r.verdict_reason,
      claimsFinal: r.claims_final,
      fresh: r.fresh,
    }));
    for (const r of zeroRewards(rows, current)) {
      await raise(byId.get(r.nodeId)!, 'EPOCH_ZERO_REWARD', `EPOCH_ZERO_REWARD:${r.nodeId}:${r.epoch}`, {
        epoch: r.epoch,
        verdict: r.verdict,
        verdictReason: r.verdictReason,
      });
    }
    for (const r of expiredRewards(rows, current)) {
      await raise(byId.get(r.nodeId)!, 'REWARD_EXPIRED', `REWARD_EXPIRED:${r.nodeId}:${r.epoch}`, { epoch: r.epoch, amount: gnkToNgonka(r.reward) });
    }
    const closes = claimWindowCloses(view, new Date());
    const hours = (nodeId: string) => to.rulesOf(to.ownerOf.get(nodeId)!).claimWindowHours;
    const closing = new Map(closingClaims(rows, current, closes, new Date(), hours).map((r) => [r.nodeId, r]));
    for (const node of owned) {
      const r = closing.get(node.id);
      const key = `CLAIM_WINDOW_CLOSING:${node.id}`;
      if (!r || aboutOtherEpoch(node, key, r.epoch)) await settle(node, key);
      if (r) await raise(node, 'CLAIM_WINDOW_CLOSING', key, { epoch: r.epoch, amount: gnkToNgonka(r.reward), closesAt: closes!.toISOString() });
    }
    await this.drops(rows, current, byId, to, raise);
  }

  private async drops(
    rows: readonly OutcomeFact[],
    current: number,
    byId: ReadonlyMap<string, TrackedNode>,
    to: Recipients,
    raise: (node: TrackedNode, kind: AlertKind, key: string, params: AlertParams) => Promise<unknown>,
  ): Promise<void> {
    const latest = rows.filter((r) => r.fresh && r.epoch === current - 1);
    if (latest.length === 0) return;
    const history = new Map<string, string[]>();
    for (const p of await this.outcomes.paidBefore(
      latest.map((r) => r.nodeId),
      current - 1,
      DROP_MEDIAN_EPOCHS,
    )) {
      history.set(p.node_id, [...(history.get(p.node_id) ?? []), p.reward]);
    }
    for (const r of latest) {
      const share = to.rulesOf(to.ownerOf.get(r.nodeId)!).earningsDropShare;
      const median = earningsDrop(r, history.get(r.nodeId) ?? [], share);
      if (median === null) continue;
      await raise(byId.get(r.nodeId)!, 'EARNINGS_DROP', `EARNINGS_DROP:${r.nodeId}:${r.epoch}`, {
        epoch: r.epoch,
        amount: gnkToNgonka(r.reward),
        median: median.toString(),
        share,
      });
    }
  }
}
