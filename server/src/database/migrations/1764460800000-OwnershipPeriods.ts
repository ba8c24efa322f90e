import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #11, items 4 and 5 (one migration: one timestamp was assigned for both).
 *
 * Ownership periods: a node passed from one customer to another must not show the new owner the
 * previous owner's history, and the previous owner's income history keeps their period.
 * - `user_nodes.visible_from`: from when the current owner sees the node's history; NULL for a
 *   node's first owner (who also sees the epochs back-filled from before the assignment), the
 *   assignment time for any later owner.
 * - `node_ownership_history`: closed periods (the open one is the `user_nodes` row), written when
 *   a node is unassigned.
 *
 * Public names: `users.display_name`, the name a customer sees for the admin handling a request
 * (customers never see another account's email or contact handles).
 */
export class OwnershipPeriods1764460800000 implements MigrationInterface {
  name = 'OwnershipPeriods1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_nodes ADD COLUMN visible_from timestamptz`);
    await q.query(`
      CREATE TABLE node_ownership_history (
        id bigserial PRIMARY KEY,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL,
        assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        visible_from timestamptz,
        unassigned_at timestamptz NOT NULL DEFAULT now(),
        unassigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CHECK (unassigned_at >= assigned_at)
      )`);
    // A customer's income history (dashboard) and "had this node an owner before?" (assignment).
    await q.query(`CREATE INDEX "IDX_node_ownership_history_user" ON node_ownership_history (user_id)`);
    await q.query(`CREATE INDEX "IDX_node_ownership_history_node" ON node_ownership_history (node_id)`);
    await q.query(`ALTER TABLE users ADD COLUMN display_name text CHECK (length(display_name) <= 64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS display_name`);
    await q.query(`DROP TABLE IF EXISTS node_ownership_history`);
    await q.query(`ALTER TABLE user_nodes DROP COLUMN IF EXISTS visible_from`);
  }
}
