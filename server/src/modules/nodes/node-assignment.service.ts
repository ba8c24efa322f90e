import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { Db } from '../../database/db.js';
import { ActivityService } from '../activity/activity.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AssignNodeInput, UnassignNodeInput } from './dto/assign-node.input.js';
import type { Node } from './dto/node.model.js';
import { toNodeModel } from './node.mapper.js';
import { AssigneeNotCustomer, NodeAlreadyAssigned } from './nodes.errors.js';
import { UsersRepository } from '../users/users.repository.js';
import { NodesRepository } from './nodes.repository.js';
import { LivePublisher } from '../../graphql/live/live-events.js';

const UNIQUE_VIOLATION = '23505';

/**
 * Admins link identifiers to customers. The one-owner rule is the database's unique index, so two
 * concurrent assignments of one identifier end with exactly one link and a CONFLICT for the other.
 */
@Injectable()
export class NodeAssignmentService {
  constructor(
    private readonly db: Db,
    private readonly nodes: NodesRepository,
    private readonly activity: ActivityService,
    private readonly users: UsersRepository,
    private readonly live: LivePublisher,
  ) {}

  async assign(admin: AuthUser, input: AssignNodeInput): Promise<Node> {
    try {
      const node = await this.db.transaction(async (tx) => {
        if (!(await this.users.findById(input.userId, tx))) throw new AssigneeNotCustomer();
        const node = await this.nodes.upsert(input, tx);
        await this.nodes.link(input.userId, node.id, admin.id, tx);
        const name = node.display_name ?? node.identifier;
        await this.activity.record(
          {
            userId: input.userId,
            kind: 'assignment',
            nodeId: node.id,
            message: `Node ${name} was added to your account`,
            params: { action: 'NODE_ASSIGNED', nodeName: name },
          },
          tx,
        );
        return toNodeModel(node);
      });
      // After commit: the customer's open pages refetch and show the new node.
      await this.live.dashboardChanged([input.userId], 'node-assigned');
      return node;
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new NodeAlreadyAssigned(input.identifier);
      }
      throw e;
    }
  }

  async unassign(admin: AuthUser, input: UnassignNodeInput): Promise<Node> {
    const { node, owners } = await this.db.transaction(async (tx) => {
      const owners = await this.nodes.unlink(input.nodeId, admin.id, tx);
      const node = await this.nodes.byId(input.nodeId, tx);
      if (!node || owners.length === 0) throw new NotFound('Assigned node');
      const name = node.display_name ?? node.identifier;
      await this.activity.record(
        owners.map((userId) => ({
          userId,
          kind: 'assignment' as const,
          message: `Node ${name} was removed from your account`,
          params: { action: 'NODE_UNASSIGNED' as const, nodeName: name },
        })),
        tx,
      );
      return { node: toNodeModel(node), owners };
    });
    await this.live.dashboardChanged(owners, 'node-unassigned');
    return node;
  }

  /**
   * Demo seeding: the node exists and is `userId`'s, unless someone already owns it. Idempotent; a
   * new link goes into the customer's feed, as an admin's assignment does.
   */
  async ensureAssigned(identifier: string, displayName: string, userId: string, assignedBy: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const nodeId = await this.nodes.ensure(identifier, displayName, tx);
      if (await this.nodes.linkIfUnowned(userId, nodeId, assignedBy, tx)) {
        const params = { action: 'NODE_ASSIGNED' as const, nodeName: displayName };
        await this.activity.record({ userId, kind: 'assignment', nodeId, message: `Node ${displayName} was added to your account`, params }, tx);
      }
    });
  }
}
