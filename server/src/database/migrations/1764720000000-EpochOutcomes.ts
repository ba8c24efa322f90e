import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #13 (epoch guard): a settled epoch is stored with what explains its reward, once and exactly.
 * - earnings_history: the host's counts from epoch_performance_summary (null: not reported, or
 *   rows stored before — the sync reads those epochs again), whether the host had a summary at all,
 *   the chain's exclusion reason, and the verdict with the downtime test it was judged by.
 * - settled_epochs: the network totals the downtime test's p0 came from, the p0 and its mode, and
 *   `claims_final`: the epoch was read after its claim window closed, so its claim flags are final.
 * `down` drops the columns; amounts and claim flags are kept.
 */
export class EpochOutcomes1764720000000 implements MigrationInterface {
  name = 'EpochOutcomes1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE earnings_history
        ADD COLUMN IF NOT EXISTS in_summary boolean,
        ADD COLUMN IF NOT EXISTS inference_count integer CHECK (inference_count >= 0),
        ADD COLUMN IF NOT EXISTS missed_requests integer CHECK (missed_requests >= 0),
        ADD COLUMN IF NOT EXISTS validated_inferences integer CHECK (validated_inferences >= 0),
        ADD COLUMN IF NOT EXISTS invalidated_inferences integer CHECK (invalidated_inferences >= 0),
        ADD COLUMN IF NOT EXISTS exclusion_reason text,
        ADD COLUMN IF NOT EXISTS verdict text CHECK (verdict IN ('PAID', 'ZERO_DOWNTIME', 'ZERO_INVALID', 'ZERO_EXCLUDED', 'ZERO_NOT_PARTICIPATING', 'UNKNOWN')),
        ADD COLUMN IF NOT EXISTS verdict_reason text,
        ADD COLUMN IF NOT EXISTS downtime_test jsonb`);
    await q.query(`
      ALTER TABLE settled_epochs
        ADD COLUMN IF NOT EXISTS network_requests bigint,
        ADD COLUMN IF NOT EXISTS network_missed bigint,
        ADD COLUMN IF NOT EXISTS network_hosts integer,
        ADD COLUMN IF NOT EXISTS downtime_p0 double precision,
        ADD COLUMN IF NOT EXISTS downtime_mode text,
        ADD COLUMN IF NOT EXISTS claims_final boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX IF NOT EXISTS "IDX_earnings_history_unclaimed" ON earnings_history (epoch) WHERE NOT claimed AND earnings_gnk > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "IDX_earnings_history_unclaimed"`);
    await q.query(`
      ALTER TABLE settled_epochs
        DROP COLUMN IF EXISTS network_requests, DROP COLUMN IF EXISTS network_missed, DROP COLUMN IF EXISTS network_hosts,
        DROP COLUMN IF EXISTS downtime_p0, DROP COLUMN IF EXISTS downtime_mode, DROP COLUMN IF EXISTS claims_final`);
    await q.query(`
      ALTER TABLE earnings_history
        DROP COLUMN IF EXISTS in_summary, DROP COLUMN IF EXISTS inference_count, DROP COLUMN IF EXISTS missed_requests,
        DROP COLUMN IF EXISTS validated_inferences, DROP COLUMN IF EXISTS invalidated_inferences, DROP COLUMN IF EXISTS exclusion_reason,
        DROP COLUMN IF EXISTS verdict, DROP COLUMN IF EXISTS verdict_reason, DROP COLUMN IF EXISTS downtime_test`);
  }
}
