/**
 * Owns earnings_history (one settled epoch's reward per node), settled_epochs (which epochs were
 * read from the chain, and when each ended) and node_earnings_totals (kept from earnings_history by
 * the triggers of migration EarningsTotals: nothing here writes it, so every writer keeps it exact).
 *
 * One way to the database: raw SQL through `Db` / `Sql` (database/db.ts). Series and totals are read
 * per request (node pages, the dashboard) as named prepared statements, and the sync's writes are
 * set-based (unnest) statements TypeORM entities would only spell row by row.
 *
 * Read-joins of another domain's tables (ownership periods, owned by nodes): `ownerSeries` and
 * `ownerTotal` join user_nodes (the open period) and node_ownership_history (the closed ones).
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import { EarningsGranularity } from './dto/earnings.model.js';
import type { DowntimeThreshold } from '../epochs/downtime-test.rules.js';
import type { EpochState, NodeReward } from './settlement.rules.js';

/** One bucket of an earnings series: `amount` is exact GNK text; `epoch` only for EPOCH buckets. */
export interface EarningsBucketRow {
  period: Date;
  epoch: number | null;
  amount: string;
  claimed: boolean;
}

/** A stored settled epoch and its end on the chain's clock (null: stored before that was known). */
export interface SettledEpochRow {
  epoch: number;
  settled_at: Date | null;
}

/**
 * Earnings rows of the nodes user $1 owns or owned, each within its ownership period: the open one
 * (user_nodes) and the closed ones (node_ownership_history). A NULL visible_from (a node's first
 * owner) includes the epochs back-filled from before the assignment.
 */
export const OWNED_EARNINGS = `earnings_history h JOIN (
    SELECT node_id, visible_from, NULL::timestamptz AS until FROM user_nodes WHERE user_id = $1
    UNION ALL
    SELECT node_id, visible_from, unassigned_at FROM node_ownership_history WHERE user_id = $1
  ) p ON p.node_id = h.node_id AND (p.visible_from IS NULL OR h.settled_at >= p.visible_from) AND (p.until IS NULL OR h.settled_at < p.until)`;

@Injectable()
export class EarningsRepository {
  constructor(private readonly db: Db) {}

  /** One node's settled reward of each epoch settled at or after `since`, oldest first (exact GNK text). */
  epochRewardsSince(nodeId: string, since: Date): Promise<{ epoch: number; amount: string }[]> {
    return this.db.rows(`SELECT epoch, earnings_gnk::text AS amount FROM earnings_history WHERE node_id = $1 AND settled_at >= $2 ORDER BY epoch`, [
      nodeId,
      since,
    ]);
  }

  /** Settled rewards of the given nodes per bucket, settled in [from, to]. */
  series(nodeIds: string[], from: Date, to: Date, granularity: EarningsGranularity): Promise<EarningsBucketRow[]> {
    return this.seriesOf('earnings_history WHERE node_id = ANY($1::uuid[]) AND', nodeIds, from, to, granularity);
  }

  /** A customer's settled rewards per bucket over their ownership periods, settled in [from, to]. */
  ownerSeries(userId: string, from: Date, to: Date, granularity: EarningsGranularity): Promise<EarningsBucketRow[]> {
    return this.seriesOf(`${OWNED_EARNINGS} WHERE`, userId, from, to, granularity);
  }

  /** A customer's settled rewards in [from, to) over their ownership periods, exact GNK text. */
  async ownerTotal(userId: string, from: Date, to: Date): Promise<string> {
    const [row] = await this.db.rows<{ total: string }>(
      `SELECT COALESCE(sum(earnings_gnk), 0)::text AS total FROM ${OWNED_EARNINGS} WHERE settled_at >= $2 AND settled_at < $3`,
      [userId, from, to],
    );
    return row.total;
  }

  private seriesOf(source: string, scope: unknown, from: Date, to: Date, granularity: EarningsGranularity): Promise<EarningsBucketRow[]> {
    const bucket =
      granularity === EarningsGranularity.EPOCH ? 'min(settled_at)' : granularity === EarningsGranularity.WEEK ? `date_trunc('week', date)` : `date::timestamp`;
    const group = granularity === EarningsGranularity.EPOCH ? 'epoch' : bucket;
    return this.db.rows<EarningsBucketRow>(
      `SELECT ${bucket} AT TIME ZONE 'UTC' AS period, ${granularity === EarningsGranularity.EPOCH ? 'epoch' : 'NULL::int AS epoch'},
              sum(earnings_gnk)::text AS amount, bool_and(claimed) AS claimed
       FROM ${source} settled_at BETWEEN $2 AND $3
       GROUP BY ${group} ORDER BY 1`,
      [scope, from, to],
    );
  }

  /**
   * Per epoch from `from` to `to`: whether one of the nodes lacks its row (or its verdict: rows stored
   * before verdicts were kept), whether a non-zero reward of them is unclaimed, and whether the
   * epoch's claim flags are final.
   */
  async epochStates(nodeIds: string[], from: number, to: number, tx: Sql = this.db): Promise<Map<number, EpochState>> {
    const rows = await tx.rows<{ epoch: number; stored: number; unclaimed: boolean; final: boolean }>(
      `SELECT e.epoch, count(h.node_id) FILTER (WHERE h.verdict IS NOT NULL)::int AS stored,
              COALESCE(bool_or(h.earnings_gnk > 0 AND NOT h.claimed), false) AS unclaimed, COALESCE(bool_or(s.claims_final), false) AS final
       FROM generate_series($1::int, $2::int) AS e(epoch)
       LEFT JOIN earnings_history h ON h.epoch = e.epoch AND h.node_id = ANY($3::uuid[])
       LEFT JOIN settled_epochs s ON s.epoch = e.epoch
       GROUP BY e.epoch`,
      [from, to, nodeIds],
    );
    return new Map(rows.map((r) => [r.epoch, { missing: r.stored < nodeIds.length, unclaimed: r.unclaimed, claimsFinal: r.final }]));
  }

  /**
   * Stores one settled epoch's outcomes. A settled epoch is immutable: an existing row only takes the
   * chain's claim flag — and, when it was stored before verdicts were kept, its counts and verdict.
   * Returns how many rows were inserted or changed.
   */
  async upsertRewards(epoch: number, settledAt: Date, rewards: readonly NodeReward[], tx: Sql = this.db): Promise<number> {
    // The rows go as one JSON document (jsonb_to_recordset), not as 12 arrays: pg writes array
    // parameters element by element in JavaScript, the largest allocation of a 10k-node refresh
    // (bench/memory-profile.mjs). Amounts stay exact: a JSON string goes through numeric's input.
    const rows = rewards.map((r) => ({
      node_id: r.nodeId,
      reward: r.reward,
      claimed: r.claimed,
      in_summary: r.inSummary,
      inferences: r.counts?.inferenceCount ?? null,
      missed: r.counts?.missedRequests ?? null,
      validated: r.counts?.validatedInferences ?? null,
      invalidated: r.counts?.invalidatedInferences ?? null,
      exclusion: r.exclusionReason,
      verdict: r.verdict.verdict,
      reason: r.verdict.reason,
      test: r.verdict.test ?? null,
    }));
    const res = await tx.rows(
      `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source, in_summary, inference_count, missed_requests,
                                     validated_inferences, invalidated_inferences, exclusion_reason, verdict, verdict_reason, downtime_test)
       SELECT u.node_id, $1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $2, u.reward, u.claimed, 'gonka_api', u.in_summary, u.inferences, u.missed,
              u.validated, u.invalidated, u.exclusion, u.verdict, u.reason, u.test
       FROM jsonb_to_recordset($3::jsonb)
         AS u(node_id uuid, reward numeric, claimed boolean, in_summary boolean, inferences int, missed int, validated int, invalidated int,
              exclusion text, verdict text, reason text, test jsonb)
       ON CONFLICT (node_id, epoch) DO UPDATE SET
         claimed = EXCLUDED.claimed,
         in_summary = COALESCE(earnings_history.in_summary, EXCLUDED.in_summary),
         inference_count = CASE WHEN earnings_history.verdict IS NULL THEN EXCLUDED.inference_count ELSE earnings_history.inference_count END,
         missed_requests = CASE WHEN earnings_history.verdict IS NULL THEN EXCLUDED.missed_requests ELSE earnings_history.missed_requests END,
         validated_inferences = CASE WHEN earnings_history.verdict IS NULL THEN EXCLUDED.validated_inferences ELSE earnings_history.validated_inferences END,
         invalidated_inferences = CASE WHEN earnings_history.verdict IS NULL THEN EXCLUDED.invalidated_inferences ELSE earnings_history.invalidated_inferences END,
         exclusion_reason = CASE WHEN earnings_history.verdict IS NULL THEN EXCLUDED.exclusion_reason ELSE earnings_history.exclusion_reason END,
         verdict_reason = COALESCE(earnings_history.verdict_reason, EXCLUDED.verdict_reason),
         downtime_test = COALESCE(earnings_history.downtime_test, EXCLUDED.downtime_test),
         verdict = COALESCE(earnings_history.verdict, EXCLUDED.verdict)
       WHERE earnings_history.claimed IS DISTINCT FROM EXCLUDED.claimed OR earnings_history.verdict IS NULL
       RETURNING 1`,
      [epoch, settledAt, JSON.stringify(rows)],
    );
    return res.length;
  }

  /** Records that the chain settled `epoch` with `hosts` hosts and the downtime threshold it judged them by; an end already stored is kept. */
  async recordSettledEpoch(epoch: number, hosts: number, settledAt: Date, threshold: DowntimeThreshold, tx: Sql = this.db): Promise<void> {
    const t = threshold;
    await tx.rows(
      `INSERT INTO settled_epochs (epoch, hosts, settled_at, network_requests, network_missed, network_hosts, downtime_p0, downtime_mode)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (epoch) DO UPDATE SET fetched_at = now(), hosts = $2, settled_at = COALESCE(settled_epochs.settled_at, $3),
         network_requests = $4, network_missed = $5, network_hosts = $6, downtime_p0 = $7, downtime_mode = $8`,
      [epoch, hosts, settledAt, t.network.requests, t.network.missed, t.network.hosts, t.p0, t.mode],
    );
  }

  /** The epoch was read after its claim window closed: its stored claim flags are final. */
  async markClaimsFinal(epoch: number, tx: Sql = this.db): Promise<void> {
    await tx.rows(`UPDATE settled_epochs SET claims_final = true WHERE epoch = $1 AND NOT claims_final`, [epoch]);
  }

  /** Stored epochs from `from` to `latest`, and any earlier one not dated yet. */
  settledEpochs(from: number, latest: number, tx: Sql = this.db): Promise<SettledEpochRow[]> {
    return tx.rows<SettledEpochRow>(`SELECT epoch, settled_at FROM settled_epochs WHERE epoch <= $2 AND (epoch >= $1 OR settled_at IS NULL)`, [from, latest]);
  }

  /** Dates the given epochs (only those not dated yet) and every stored reward of them. */
  async redate(epochs: readonly number[], ends: readonly Date[], tx: Sql = this.db): Promise<void> {
    await tx.rows(
      `WITH t AS (SELECT * FROM unnest($1::int[], $2::timestamptz[]) AS t(epoch, at)),
            dated AS (UPDATE settled_epochs s SET settled_at = t.at FROM t WHERE s.epoch = t.epoch AND s.settled_at IS NULL RETURNING s.epoch)
       UPDATE earnings_history h SET settled_at = t.at, date = (t.at AT TIME ZONE 'UTC')::date
       FROM t WHERE h.epoch = t.epoch AND h.settled_at IS DISTINCT FROM t.at`,
      [epochs, ends],
    );
  }

  /** Every stored settled epoch and its rewards (a demo start: the simulator's network is new); the epochs it held. */
  async forgetSettledHistory(): Promise<number[]> {
    return this.db.transaction(async (tx) => {
      await tx.rows(`DELETE FROM earnings_history`);
      const gone = await tx.rows<{ epoch: number }>(`DELETE FROM settled_epochs RETURNING epoch`);
      return gone.map((r) => r.epoch);
    });
  }
}
