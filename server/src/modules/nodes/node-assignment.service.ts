import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { ActivityService } from '../activity/activity.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AssignNodeInput, UnassignNodeInput } from './dto/assign-node.input.js';
import type { Node } from './dto/node.model.js';
import { NodeEntity } from './entities/node.entity.js';
import { toNodeModel } from './node.mapper.js';
import { AssigneeNotCustomer, NodeAlreadyAssigned } from './nodes.errors.js';

const UNIQUE_VIOLATION = '23505';

/**
 * Admins link identifiers to customers. The one-owner rule is the database's unique index, so two
 * concurrent assignments of one identifier end with exactly one link and a CONFLICT for the other.
 */
@Injectable()
export class NodeAssignmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
  ) {}

  async assign(admin: AuthUser, input: AssignNodeInput): Promise<Node> {
    try {
      return await this.db.transaction(async (tx) => {
        const user = await tx.query(`SELECT id FROM users WHERE id = $1`, [input.userId]);
        if (user.length === 0) throw new AssigneeNotCustomer();
        await tx.query(
          `INSERT INTO nodes (identifier, identifier_type, display_name, gpu_type, region) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (identifier) DO UPDATE SET
             display_name = COALESCE(EXCLUDED.display_name, nodes.display_name),
             gpu_type = COALESCE(EXCLUDED.gpu_type, nodes.gpu_type),
             region = COALESCE(EXCLUDED.region, nodes.region)`,
          [input.identifier, input.identifierType, input.displayName ?? null, input.gpuType ?? null, input.region ?? null],
        );
        const node = await tx.getRepository(NodeEntity).findOneByOrFail({ identifier: input.identifier });
        // A node that had an owner before shows its new owner only what happens from now on; its
        // first owner also sees the epochs back-filled from before the assignment (visible_from NULL).
        await tx.query(
          `INSERT INTO user_nodes (user_id, node_id, assigned_by, visible_from)
           VALUES ($1, $2, $3, CASE WHEN EXISTS (SELECT 1 FROM node_ownership_history WHERE node_id = $2) THEN now() END)`,
          [input.userId, node.id, admin.id],
        );
        const name = node.displayName ?? node.identifier;
        await this.activity.record({ userId: input.userId, kind: 'assignment', nodeId: node.id, message: `Node ${name} was added to your account` }, tx);
        return toNodeModel(node);
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new NodeAlreadyAssigned(input.identifier);
      }
      throw e;
    }
  }

  async unassign(admin: AuthUser, input: UnassignNodeInput): Promise<Node> {
    return this.db.transaction(async (tx) => {
      // The link becomes a closed period: the previous owner's income history keeps it.
      const rows: { user_id: string }[] = await tx.query(
        `WITH gone AS (DELETE FROM user_nodes WHERE node_id = $1 RETURNING *)
         INSERT INTO node_ownership_history (node_id, user_id, assigned_at, assigned_by, visible_from, unassigned_by)
         SELECT node_id, user_id, assigned_at, assigned_by, visible_from, $2 FROM gone
         RETURNING user_id`,
        [input.nodeId, admin.id],
      );
      const node = await tx.getRepository(NodeEntity).findOneBy({ id: input.nodeId });
      if (!node || rows.length === 0) throw new NotFound('Assigned node');
      const name = node.displayName ?? node.identifier;
      await this.activity.record(rows.map((r) => ({ userId: r.user_id, kind: 'assignment' as const, message: `Node ${name} was removed from your account` })), tx);
      return toNodeModel(node);
    });
  }
}
