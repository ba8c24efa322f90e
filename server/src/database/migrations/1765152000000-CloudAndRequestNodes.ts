import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15 (defect 11) and #16 (the cloud instance behind a node).
 *
 * support_request_nodes (owned by modules/support): the nodes a completed new-node request produced.
 * A link table rather than a column on the assignment: a request yields several nodes, a link
 * outlives the node's ownership period (it is history), and user_nodes stays the nodes module's.
 *
 * nodes.gcore_project_id / gcore_region_id (written only by modules/cloud, beside the existing
 * gcore_instance_id): Gcore addresses an instance as /cloud/v1/instances/{project_id}/{region_id}/{instance_id},
 * so the instance id alone cannot be looked up. The cloud repository writes the three together; a row
 * with any of them missing reads as unlinked. (No cross-column CHECK: the unused column may hold an
 * old value, and such a row would then fail every later UPDATE, e.g. a display-name change.)
 */
export class CloudAndRequestNodes1765152000000 implements MigrationInterface {
  name = 'CloudAndRequestNodes1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS support_request_nodes (
        request_id uuid NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        linked_by uuid REFERENCES users (id) ON DELETE SET NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, node_id)
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS support_request_nodes_node ON support_request_nodes (node_id)`);

    await q.query(`ALTER TABLE nodes ADD COLUMN IF NOT EXISTS gcore_project_id integer CHECK (gcore_project_id > 0)`);
    await q.query(`ALTER TABLE nodes ADD COLUMN IF NOT EXISTS gcore_region_id integer CHECK (gcore_region_id > 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nodes DROP COLUMN IF EXISTS gcore_region_id`);
    await q.query(`ALTER TABLE nodes DROP COLUMN IF EXISTS gcore_project_id`);
    await q.query(`DROP TABLE IF EXISTS support_request_nodes`);
  }
}
