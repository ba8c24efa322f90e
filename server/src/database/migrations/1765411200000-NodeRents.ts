import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16: what each node costs its customer, as a history. A row is a rent in effect from
 * `valid_from` (a UTC date) until the next row's `valid_from` for the same node, so a change never
 * rewrites the past; setting a rent again for the same node and date corrects that entry (UNIQUE).
 * `amount` is exact (numeric, up to 4 decimals: hourly rates like 1.8750), per HOUR or per MONTH.
 */
export class NodeRents1765411200000 implements MigrationInterface {
  name = 'NodeRents1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS node_rents (
        id bigserial PRIMARY KEY,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        amount numeric(14, 4) NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency IN ('USD', 'EUR')),
        period text NOT NULL CHECK (period IN ('HOUR', 'MONTH')),
        valid_from date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT node_rents_node_valid_from UNIQUE (node_id, valid_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS node_rents`);
  }
}
