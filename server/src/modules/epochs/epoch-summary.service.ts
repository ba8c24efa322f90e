import { Injectable } from '@nestjs/common';
import { EpochOutcomesRepository, type AttentionRow, type ClaimAggregates, type ClaimDayRow } from '../earnings/epoch-outcomes.repository.js';
import type { AttentionItem, ClaimableSummary } from './dto/epoch-attention.model.js';
import { AttentionKind } from './epoch-attention.js';
import { EpochClockService, type EpochClockReading } from './epoch-clock.service.js';
import { claimStatus, ClaimStatus, EpochVerdict } from './epoch-verdict.rules.js';
import { EpochRiskService } from './epoch-risk.service.js';
import { RiskLevel } from './epoch-risk.rules.js';

export interface EpochSummary {
  claimable: ClaimableSummary;
  expiredThisMonth: string;
  zeroRewardEpochsThisMonth: number;
}

/** The first instant of the current UTC month. */
export function monthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function summaryOf(a: ClaimAggregates, clock: EpochClockReading, ownerId: string | null): EpochSummary {
  const deadline = a.earliest_claimable_epoch !== null && clock.current === a.earliest_claimable_epoch + 1 ? clock.windowCloses : null;
  return {
    claimable: { amount: a.claimable, deadline, count: a.claimable_count, ownerId },
    expiredThisMonth: a.expired,
    zeroRewardEpochsThisMonth: a.zero_epochs,
  };
}

/** Dashboard and admin aggregates of the epoch guard: what is claimable, what was lost this month, and what needs attention. */
@Injectable()
export class EpochSummaryService {
  constructor(
    private readonly outcomes: EpochOutcomesRepository,
    private readonly clock: EpochClockService,
    private readonly risks: EpochRiskService,
  ) {}

  async ofOwner(userId: string): Promise<EpochSummary> {
    const clock = await this.clock.read();
    return summaryOf(await this.outcomes.ownerAggregates(userId, clock.current ?? 0, monthStart()), clock, userId);
  }

  async ofSystem(): Promise<EpochSummary> {
    const clock = await this.clock.read();
    return summaryOf(await this.outcomes.systemAggregates(clock.current ?? 0, monthStart()), clock, null);
  }

  /** What `claimable.amount` and `expiredThisMonth` sum, per UTC settlement day (for their fiat values); `ownerId` null: every node. */
  async claimDays(ownerId: string | null): Promise<ClaimDayRow[]> {
    const clock = await this.clock.read();
    return this.outcomes.claimDays(ownerId, clock.current ?? 0, monthStart());
  }

  /** How many of the hosts are AT_RISK in the current epoch. */
  async atRisk(identifiers: readonly string[]): Promise<number> {
    return (await this.risks.risksOf(identifiers)).filter((r) => r.level === RiskLevel.AT_RISK).length;
  }

  /** At-risk nodes first, then claimable, expired and zero epochs, newest first; at most `limit`. */
  async attention(userId: string, nodes: readonly { id: string; identifier: string; name: string }[], limit: number): Promise<AttentionItem[]> {
    const clock = await this.clock.read();
    const risks = await this.risks.risksOf(nodes.map((n) => n.identifier)).catch(() => nodes.map(() => null));
    const epoch = clock.current ?? 0;
    const atRisk: AttentionItem[] = nodes.flatMap((n, i) => {
      const risk = risks[i];
      if (risk?.level !== RiskLevel.AT_RISK) return [];
      const line = { kind: AttentionKind.AT_RISK, nodeId: n.id, nodeName: n.name, epoch, amount: null, deadline: null, verdict: null, settledAt: null };
      return [{ ...line, riskLevel: risk.level, riskReason: risk.reasonCode, reason: risk.reason }];
    });
    const rows = await this.outcomes.attention(userId, clock.current ?? 0, monthStart(), limit);
    return [...atRisk, ...rows.map((r) => attentionItem(r, clock))].slice(0, limit);
  }
}

function attentionItem(r: AttentionRow, clock: EpochClockReading): AttentionItem {
  const status = claimStatus(r.reward, r.claimed, r.epoch, clock.current ?? r.epoch + 1);
  const base = { nodeId: r.node_id, nodeName: r.node_name, epoch: r.epoch, riskLevel: null, riskReason: null, settledAt: r.settled_at };
  if (status === ClaimStatus.CLAIMABLE) {
    const deadline = clock.current === r.epoch + 1 ? clock.windowCloses : null;
    return { ...base, kind: AttentionKind.CLAIMABLE, amount: r.reward, deadline, verdict: null, reason: `${r.reward} GNK of epoch ${r.epoch} not claimed yet` };
  }
  if (status === ClaimStatus.EXPIRED) {
    return {
      ...base,
      kind: AttentionKind.EXPIRED,
      amount: r.reward,
      deadline: null,
      verdict: null,
      reason: `${r.reward} GNK of epoch ${r.epoch} expired unclaimed`,
    };
  }
  const verdict = (r.verdict as EpochVerdict | null) ?? EpochVerdict.UNKNOWN;
  return { ...base, kind: AttentionKind.ZERO_EPOCH, amount: null, deadline: null, verdict, reason: r.verdict_reason ?? `epoch ${r.epoch} paid 0` };
}
