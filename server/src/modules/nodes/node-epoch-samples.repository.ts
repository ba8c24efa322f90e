/**
 * node_epoch_samples: what the refresher saw of each tracked node during one epoch — the mean of
 * its declared throughput over the refreshes that had one, and the live request counts of its
 * last refresh in the epoch. Raw SQL through `Db`/`Sql` (database/db.ts); the refresher's writes
 * join its transaction (`tx`). One row per node and epoch (primary key (node_id, epoch), which also
 * serves the history's range read), and rows older than SAMPLE_EPOCHS_KEPT epochs are deleted as
 * new ones come: the table stays bounded by tracked nodes × SAMPLE_EPOCHS_KEPT.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';

/** How many epochs of samples a node keeps: the most Node.metricsHistory can ask for. */
export const SAMPLE_EPOCHS_KEPT = 200;

/** One node's figures at one refresh (null: the source said nothing). */
export interface EpochSampleInput {
  nodeId: string;
  tokensPerSec: number | null;
  inferenceCount: number | null;
  missedRequests: number | null;
}

export interface EpochSampleRow {
  epoch: number;
  /** Mean over the epoch's refreshes that reported throughput; null when none did. */
  tokens_per_sec: number | null;
  inference_count: number | null;
  missed_requests: number | null;
  first_at: Date;
  last_at: Date;
}

@Injectable()
export class NodeEpochSamplesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Adds one refresh's figures to the nodes' samples of `epoch`. Counts are the epoch's running
   * totals, so the latest known one replaces the stored one (an unknown one keeps it).
   */
  async add(epoch: number, samples: readonly EpochSampleInput[], tx: Sql = this.db): Promise<void> {
    if (samples.length === 0) return;
    await tx.rows(
      `INSERT INTO node_epoch_samples AS s (node_id, epoch, samples, tokens_per_sec_sum, tokens_per_sec_samples, inference_count, missed_requests, first_at, last_at)
         SELECT u.id, $1, 1, COALESCE(u.tps, 0), CASE WHEN u.tps IS NULL THEN 0 ELSE 1 END, u.inf, u.missed, now(), now()
         FROM unnest($2::uuid[], $3::float8[], $4::int[], $5::int[]) AS u(id, tps, inf, missed)
       ON CONFLICT (node_id, epoch) DO UPDATE SET
         samples = s.samples + 1,
         tokens_per_sec_sum = s.tokens_per_sec_sum + EXCLUDED.tokens_per_sec_sum,
         tokens_per_sec_samples = s.tokens_per_sec_samples + EXCLUDED.tokens_per_sec_samples,
         inference_count = COALESCE(EXCLUDED.inference_count, s.inference_count),
         missed_requests = COALESCE(EXCLUDED.missed_requests, s.missed_requests),
         last_at = EXCLUDED.last_at`,
      [epoch, samples.map((s) => s.nodeId), samples.map((s) => s.tokensPerSec), samples.map((s) => s.inferenceCount), samples.map((s) => s.missedRequests)],
    );
    await tx.rows(`DELETE FROM node_epoch_samples WHERE node_id = ANY($1::uuid[]) AND epoch <= $2`, [samples.map((s) => s.nodeId), epoch - SAMPLE_EPOCHS_KEPT]);
  }

  /**
   * The nodes' samples of a past `epoch` as seen once at `at` (an epoch read back after the fact from
   * the network's records of it), replacing what was stored: writing the same past again is a no-op.
   */
  async put(epoch: number, samples: readonly EpochSampleInput[], at: Date, tx: Sql = this.db): Promise<void> {
    if (samples.length === 0) return;
    await tx.rows(
      `INSERT INTO node_epoch_samples AS s (node_id, epoch, samples, tokens_per_sec_sum, tokens_per_sec_samples, inference_count, missed_requests, first_at, last_at)
         SELECT u.id, $1, 1, COALESCE(u.tps, 0), CASE WHEN u.tps IS NULL THEN 0 ELSE 1 END, u.inf, u.missed, $6, $6
         FROM unnest($2::uuid[], $3::float8[], $4::int[], $5::int[]) AS u(id, tps, inf, missed)
       ON CONFLICT (node_id, epoch) DO UPDATE SET samples = 1, tokens_per_sec_sum = EXCLUDED.tokens_per_sec_sum,
         tokens_per_sec_samples = EXCLUDED.tokens_per_sec_samples, inference_count = EXCLUDED.inference_count,
         missed_requests = EXCLUDED.missed_requests, first_at = EXCLUDED.first_at, last_at = EXCLUDED.last_at`,
      [epoch, samples.map((s) => s.nodeId), samples.map((s) => s.tokensPerSec), samples.map((s) => s.inferenceCount), samples.map((s) => s.missedRequests), at],
    );
  }

  /** The node's samples of epochs `from`..`to`, seen at or after `since` (the viewer's ownership; null: all). */
  range(nodeId: string, from: number, to: number, since: Date | null): Promise<EpochSampleRow[]> {
    return this.db.rows<EpochSampleRow>(
      `SELECT epoch, tokens_per_sec_sum / NULLIF(tokens_per_sec_samples, 0) AS tokens_per_sec, inference_count, missed_requests, first_at, last_at
       FROM node_epoch_samples
       WHERE node_id = $1 AND epoch BETWEEN $2 AND $3 AND ($4::timestamptz IS NULL OR last_at >= $4)
       ORDER BY epoch`,
      [nodeId, from, to, since],
    );
  }

  /** The newest epoch the node has a sample of (null: never sampled). */
  async latestEpoch(nodeId: string): Promise<number | null> {
    const [row] = await this.db.rows<{ epoch: number | null }>(`SELECT max(epoch) AS epoch FROM node_epoch_samples WHERE node_id = $1`, [nodeId]);
    return row.epoch;
  }
}
