import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15 (defects 8 and 12):
 * - node_status_events: `rule` (the NodeStatusRule code) and `details` (the figures the English
 *   reason is worded from, as Node.statusDetails), so a client words the health timeline in its
 *   own language. Rows written before have neither (null) and clients show their stored text.
 * - node_epoch_samples: what the refresher saw of a node during one epoch (throughput, the live
 *   request counts), one row per node and epoch kept as a running sum, so the node page charts
 *   tokens/s per epoch. Bounded: the refresher deletes a node's samples older than the history's
 *   reach (modules/nodes/node-epoch-samples.repository.ts).
 * `down` drops both; the stored reasons are kept.
 */
export class StatusEventDetails1765238400000 implements MigrationInterface {
  name = 'StatusEventDetails1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE node_status_events ADD COLUMN IF NOT EXISTS rule text, ADD COLUMN IF NOT EXISTS details jsonb`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS node_epoch_samples (
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        epoch integer NOT NULL CHECK (epoch >= 0),
        samples integer NOT NULL CHECK (samples > 0),
        tokens_per_sec_sum double precision NOT NULL DEFAULT 0,
        tokens_per_sec_samples integer NOT NULL DEFAULT 0 CHECK (tokens_per_sec_samples >= 0),
        inference_count integer CHECK (inference_count >= 0),
        missed_requests integer CHECK (missed_requests >= 0),
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        CONSTRAINT "PK_node_epoch_samples" PRIMARY KEY (node_id, epoch)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS node_epoch_samples`);
    await q.query(`ALTER TABLE node_status_events DROP COLUMN IF EXISTS rule, DROP COLUMN IF EXISTS details`);
  }
}
