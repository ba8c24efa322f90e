import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16: a new-node request keeps the expected earnings its customer was shown when asking
 * (owned by modules/support). Exact GNK (numeric, 9 decimals: ngonka) per epoch and per day, what
 * they were computed from (the basis: GPU model, median reward per GPU, epochs, network nodes — a
 * JSON document as shown, never recomputed), and when. All four are NULL when no figure was shown
 * (another request type, an unknown GPU model, the network unreadable).
 */
export class RequestExpectedEarnings1765497600000 implements MigrationInterface {
  name = 'RequestExpectedEarnings1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE support_requests
        ADD COLUMN IF NOT EXISTS expected_per_epoch_gnk numeric(30, 9) CHECK (expected_per_epoch_gnk >= 0),
        ADD COLUMN IF NOT EXISTS expected_per_day_gnk numeric(30, 9) CHECK (expected_per_day_gnk >= 0),
        ADD COLUMN IF NOT EXISTS expected_basis jsonb,
        ADD COLUMN IF NOT EXISTS expected_at timestamptz`);
    await q.query(`
      ALTER TABLE support_requests ADD CONSTRAINT support_requests_expectation_whole
        CHECK ((expected_at IS NULL) = (expected_per_epoch_gnk IS NULL) AND (expected_at IS NULL) = (expected_basis IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE support_requests DROP CONSTRAINT IF EXISTS support_requests_expectation_whole`);
    await q.query(`
      ALTER TABLE support_requests
        DROP COLUMN IF EXISTS expected_at, DROP COLUMN IF EXISTS expected_basis,
        DROP COLUMN IF EXISTS expected_per_day_gnk, DROP COLUMN IF EXISTS expected_per_epoch_gnk`);
  }
}
