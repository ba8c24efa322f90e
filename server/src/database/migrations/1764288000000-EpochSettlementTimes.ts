import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chain's time of each settled epoch's end, kept once per epoch. Rows stored before were dated
 * by "now minus whole epochs" at the refresh that wrote them (hours off, so GNK/day and the day
 * charts counted the wrong epochs); their epochs start with NULL here and the next earnings sync
 * derives the time from the chain's clock and re-dates their earnings_history rows.
 */
export class EpochSettlementTimes1764288000000 implements MigrationInterface {
  name = 'EpochSettlementTimes1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE settled_epochs ADD COLUMN settled_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE settled_epochs DROP COLUMN IF EXISTS settled_at`);
  }
}
