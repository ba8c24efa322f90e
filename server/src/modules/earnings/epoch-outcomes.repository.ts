/**
 * Reads of earnings_history and settled_epochs (owned by the earnings domain, see
 * earnings.repository.ts) for the epoch guard: one node's settled epochs with what explains them,
 * and the claim / loss aggregates of a customer (over their ownership periods, OWNED_EARNINGS) or
 * of every node (admins). `current` is the chain's current epoch: a reward > 0 unclaimed is
 * claimable only for epoch = current − 1, expired before.
 */
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { DowntimeTestResult } from '../epochs/epoch-verdict.rules.js';
import { OWNED_EARNINGS } from './earnings.repository.js';

export interface EpochOutcomeRow {
  epoch: number;
  settled_at: Date;
  reward: string;
  claimed: boolean;
  in_summary: boolean | null;
  inference_count: number | null;
  missed_requests: number | null;
  validated_inferences: number | null;
  invalidated_inferences: number | null;
  exclusion_reason: string | null;
  verdict: string | null;
  verdict_reason: string | null;
  downtime_test: DowntimeTestResult | null;
}

/** An outcome as the alert evaluator reads it. */
export interface AlertOutcomeRow {
  node_id: string;
  epoch: number;
  reward: string;
  claimed: boolean;
  verdict: string | null;
  verdict_reason: string | null;
  claims_final: boolean;
  fresh: boolean;
}

export interface ClaimAggregates {
  claimable: string;
  claimable_count: number;
  earliest_claimable_epoch: number | null;
  expired: string;
  zero_epochs: number;
}

/** A reward (node × epoch) that needs attention. */
export interface AttentionRow {
  node_id: string;
  node_name: string;
  epoch: number;
  settled_at: Date;
  reward: string;
  claimed: boolean;
  verdict: string | null;
  verdict_reason: string | null;
}

const OUTCOME_COLUMNS = `h.epoch, h.settled_at, h.earnings_gnk::text AS reward, h.claimed, h.in_summary, h.inference_count, h.missed_requests,
  h.validated_inferences, h.invalidated_inferences, h.exclusion_reason, h.verdict, h.verdict_reason, h.downtime_test`;

/** Claim and loss aggregates; `c` and `m` are the placeholders of the current epoch and the month's start. */
function aggregates(c: string, m: string): string {
  const open = `earnings_gnk > 0 AND NOT claimed AND epoch >= ${c} - 1`;
  return `COALESCE(sum(earnings_gnk) FILTER (WHERE ${open}), 0)::text AS claimable,
    (count(*) FILTER (WHERE ${open}))::int AS claimable_count,
    min(epoch) FILTER (WHERE ${open}) AS earliest_claimable_epoch,
    COALESCE(sum(earnings_gnk) FILTER (WHERE earnings_gnk > 0 AND NOT claimed AND epoch < ${c} - 1 AND settled_at >= ${m}), 0)::text AS expired,
    (count(*) FILTER (WHERE earnings_gnk = 0 AND settled_at >= ${m}))::int AS zero_epochs`;
}

/** One UTC day's claimable or expired GNK (exact text). */
export interface ClaimDayRow {
  kind: 'claimable' | 'expired';
  day: string;
  gnk: string;
}

@Injectable()
export class EpochOutcomesRepository {
  constructor(private readonly db: Db) {}

  /** A node's settled epochs newest first, before epoch `before` (a cursor), settled since `since` (the viewer's ownership). */
  outcomes(nodeId: string, since: Date | null, before: number | null, limit: number): Promise<EpochOutcomeRow[]> {
    return this.db.rows<EpochOutcomeRow>(
      `SELECT ${OUTCOME_COLUMNS} FROM earnings_history h
       WHERE h.node_id = $1 AND ($2::timestamptz IS NULL OR h.settled_at >= $2) AND ($3::int IS NULL OR h.epoch < $3)
       ORDER BY h.epoch DESC LIMIT $4`,
      [nodeId, since, before, limit],
    );
  }

  async countOutcomes(nodeId: string, since: Date | null): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM earnings_history WHERE node_id = $1 AND ($2::timestamptz IS NULL OR settled_at >= $2)`,
      [nodeId, since],
    );
    return row.n;
  }

  /** Claimable now, expired and zero-reward epochs since `monthStart`, over user $1's ownership periods. */
  async ownerAggregates(userId: string, current: number, monthStart: Date): Promise<ClaimAggregates> {
    const [row] = await this.db.rows<ClaimAggregates>(`SELECT ${aggregates('$2::int', '$3::timestamptz')} FROM ${OWNED_EARNINGS}`, [
      userId,
      current,
      monthStart,
    ]);
    return row;
  }

  /** The same over every node (admins). */
  async systemAggregates(current: number, monthStart: Date): Promise<ClaimAggregates> {
    const [row] = await this.db.rows<ClaimAggregates>(`SELECT ${aggregates('$1::int', '$2::timestamptz')} FROM earnings_history`, [current, monthStart]);
    return row;
  }

  /**
   * The claimable rewards and those expired since `monthStart` summed per UTC settlement day, under
   * the same filters as the aggregates (their fiat values: each day at its price). `userId` null:
   * every node (admins).
   */
  claimDays(userId: string | null, current: number, monthStart: Date): Promise<ClaimDayRow[]> {
    const [from, c, m] = userId ? [OWNED_EARNINGS, '$2::int', '$3::timestamptz'] : ['earnings_history', '$1::int', '$2::timestamptz'];
    const kind = `CASE WHEN epoch >= ${c} - 1 THEN 'claimable' ELSE 'expired' END`;
    return this.db.rows<ClaimDayRow>(
      `SELECT ${kind} AS kind, (COALESCE(settled_at, now()) AT TIME ZONE 'UTC')::date::text AS day, sum(earnings_gnk)::text AS gnk FROM ${from}
       WHERE earnings_gnk > 0 AND NOT claimed AND (epoch >= ${c} - 1 OR settled_at >= ${m})
       GROUP BY 1, 2 ORDER BY 2`,
      userId ? [userId, current, monthStart] : [current, monthStart],
    );
  }

  /**
   * Rewards of the nodes user $1 owns now that need attention: claimable, expired since
   * `monthStart`, or zero since `monthStart` — newest first, at most `limit`. Read-join: nodes and
   * user_nodes (nodes domain) for the name and the current ownership.
   */
  attention(userId: string, current: number, monthStart: Date, limit: number): Promise<AttentionRow[]> {
    return this.db.rows<AttentionRow>(
      `SELECT h.node_id, COALESCE(n.display_name, n.identifier) AS node_name, h.epoch, h.settled_at, h.earnings_gnk::text AS reward, h.claimed, h.verdict, h.verdict_reason
       FROM earnings_history h
       JOIN user_nodes un ON un.node_id = h.node_id AND un.user_id = $1 AND (un.visible_from IS NULL OR h.settled_at >= un.visible_from)
       JOIN nodes n ON n.id = h.node_id
       WHERE (h.earnings_gnk > 0 AND NOT h.claimed AND (h.epoch >= $2 - 1 OR h.settled_at >= $3)) OR (h.earnings_gnk = 0 AND h.settled_at >= $3)
       ORDER BY h.epoch DESC, node_name LIMIT $4`,
      [userId, current, monthStart, limit],
    );
  }

  /**
   * The nodes' outcomes from epoch `from` on, for the alert evaluator (issue #14): `fresh` when the
   * row was inserted at or after `since` (this refresh), `claims_final` from settled_epochs.
   */
  alertFacts(nodeIds: readonly string[], from: number, since: Date): Promise<AlertOutcomeRow[]> {
    return this.db.rows<AlertOutcomeRow>(
      `SELECT h.node_id, h.epoch, h.earnings_gnk::text AS reward, h.claimed, h.verdict, h.verdict_reason,
              COALESCE(s.claims_final, false) AS claims_final, h.created_at >= $3 AS fresh
       FROM earnings_history h LEFT JOIN settled_epochs s ON s.epoch = h.epoch
       WHERE h.node_id = ANY($1::uuid[]) AND h.epoch >= $2`,
      [nodeIds, from, since],
    );
  }

  /** Each node's last `limit` paid (reward > 0) epochs before `before`, newest first (the earnings-drop median). */
  paidBefore(nodeIds: readonly string[], before: number, limit: number): Promise<{ node_id: string; reward: string }[]> {
    return this.db.rows(
      `SELECT node_id, reward FROM (
         SELECT node_id, earnings_gnk::text AS reward, row_number() OVER (PARTITION BY node_id ORDER BY epoch DESC) AS k
         FROM earnings_history WHERE node_id = ANY($1::uuid[]) AND epoch < $2 AND earnings_gnk > 0) p
       WHERE k <= $3 ORDER BY node_id, k`,
      [nodeIds, before, limit],
    );
  }

  /** The last epoch settled and stored (the current one is at least the next). */
  async latestSettledEpoch(): Promise<number | null> {
    const [row] = await this.db.rows<{ epoch: number | null }>(`SELECT max(epoch) AS epoch FROM settled_epochs`);
    return row.epoch;
  }
}
