import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #12: node_stats_cache.earnings_day and earnings_total were never written nor read (a node's
 * earnings come from earnings_history and node_earnings_totals). `down` brings the columns back
 * empty, as they always were.
 */
export class DropUnusedStatsColumns1764547200000 implements MigrationInterface {
  name = 'DropUnusedStatsColumns1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE node_stats_cache DROP COLUMN IF EXISTS earnings_day, DROP COLUMN IF EXISTS earnings_total`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE node_stats_cache ADD COLUMN IF NOT EXISTS earnings_day numeric(30, 9), ADD COLUMN IF NOT EXISTS earnings_total numeric(30, 9)`);
  }
}
