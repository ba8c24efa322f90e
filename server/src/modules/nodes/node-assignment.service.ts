import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { NotFound } from '../../common/domain-error.js';
import { Db } from '../../database/db.js';
import { ActivityService } from '../activity/activity.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AssignNodeInput, UnassignNodeInput } from './dto/assign-node.input.js';
import type { AssignNodesInput } from './dto/assign-nodes.input.js';
import { type AssignNodesLineResult, type AssignNodesResult, BulkAssignCode, BulkAssignOutcome } from './dto/assign-nodes.result.js';
import { checkLines, isFailure } from './bulk-assignment.rules.js';
import type { Node } from './dto/node.model.js';
import { toNodeModel } from './node.mapper.js';
import { AssigneeNotCustomer, NodeAlreadyAssigned } from './nodes.errors.js';
import { UsersRepository } from '../users/users.repository.js';
import { type NodeRecord, NodesRepository } from './nodes.repository.js';
import { LivePublisher } from '../../graphql/live/live-events.js';
import type { Tx } from '../../database/db.js';

const UNIQUE_VIOLATION = '23505';

/** Thrown inside the bulk transaction to roll it back (allOrNothing), carrying the results to report. */
class BulkRolledBack extends Error {
  constructor(readonly lines: AssignNodesLineResult[]) {
    super('bulk assignment rolled back');
  }
}

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
        await this.recordAssigned(input.userId, [node], tx);
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

  /**
   * Many lines, one customer, one transaction, the single assignment's rules per line. Lines are
   * judged on their own (a bad one does not fail the call); with `allOrNothing`, a line that cannot
   * be the customer's rolls everything back and the results say why, line by line.
   */
  async assignMany(admin: AuthUser, input: AssignNodesInput): Promise<AssignNodesResult> {
    const checked = checkLines(input);
    let lines: AssignNodesLineResult[];
    try {
      lines = await this.db.transaction(async (tx) => {
        if (!(await this.users.findById(input.userId, tx))) throw new AssigneeNotCustomer();
        const results: AssignNodesLineResult[] = [];
        const assigned: NodeRecord[] = [];
        for (const c of checked) {
          if (c.verdict) {
            results.push({ line: c.line, identifier: c.identifier, ...c.verdict, node: null });
            continue;
          }
          let node = await this.nodes.ensureRecord({ identifier: c.identifier, identifierType: input.identifierType }, tx);
          if (await this.nodes.linkUnlessOwned(input.userId, node.id, admin.id, tx)) {
            if (c.displayName) node = await this.nodes.rename(node.id, c.displayName, tx);
            assigned.push(node);
            results.push({
              line: c.line,
              identifier: c.identifier,
              outcome: BulkAssignOutcome.ASSIGNED,
              code: BulkAssignCode.ASSIGNED,
              node: toNodeModel(node),
            });
          } else if ((await this.nodes.ownerOf(node.id, tx)) === input.userId) {
            results.push({
              line: c.line,
              identifier: c.identifier,
              outcome: BulkAssignOutcome.ALREADY_YOURS,
              code: BulkAssignCode.ALREADY_YOURS,
              node: toNodeModel(node),
            });
          } else {
            results.push({
              line: c.line,
              identifier: c.identifier,
              outcome: BulkAssignOutcome.OWNED_BY_OTHER,
              code: BulkAssignCode.OWNED_BY_OTHER,
              node: null,
            });
          }
        }
        if (input.allOrNothing && results.some((r) => isFailure(r.outcome))) throw new BulkRolledBack(results.map(notApplied));
        await this.recordAssigned(input.userId, assigned, tx);
        return results;
      });
    } catch (e) {
      if (e instanceof BulkRolledBack) return { applied: false, assignedCount: 0, lines: e.lines };
      throw e;
    }
    const assignedCount = lines.filter((l) => l.outcome === BulkAssignOutcome.ASSIGNED).length;
    if (assignedCount > 0) await this.live.dashboardChanged([input.userId], 'node-assigned');
    return { applied: true, assignedCount, lines };
  }

  /** One feed entry per newly assigned node (alerts' NODE_ASSIGNED listens to these, through ActivityService). */
  private async recordAssigned(userId: string, nodes: NodeRecord[], tx: Tx): Promise<void> {
    if (nodes.length === 0) return;
    await this.activity.record(
      nodes.map((node) => {
        const name = node.display_name ?? node.identifier;
        return {
          userId,
          kind: 'assignment' as const,
          nodeId: node.id,
          message: `Node ${name} was added to your account`,
          params: { action: 'NODE_ASSIGNED' as const, nodeName: name },
        };
      }),
      tx,
    );
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
   * Demo seeding: a demo node of an earlier seed belongs to another run's network, so the customer
   * never owned it here. Unassigning would keep its earnings in their history (a first owner's
   * period covers the back-filled epochs); erasing the ownership keeps none.
   */
  async eraseDemoOwnership(nodeId: string, userId: string): Promise<void> {
    await this.db.transaction((tx) => this.nodes.eraseOwnership(nodeId, userId, tx));
    await this.live.dashboardChanged([userId], 'node-unassigned');
  }

  /**
   * Demo seeding: the node exists and is `userId`'s, unless someone already owns it. Idempotent; a
   * new link goes into the customer's feed, as an admin's assignment does. `since`: when the node
   * was tracked and assigned, if not now (the demo's month-old account).
   */
  async ensureAssigned(identifier: string, displayName: string, userId: string, assignedBy: string, since?: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      const nodeId = await this.nodes.ensure(identifier, displayName, tx, since);
      if (await this.nodes.linkIfUnowned(userId, nodeId, assignedBy, tx, since)) {
        const params = { action: 'NODE_ASSIGNED' as const, nodeName: displayName };
        // Dated as the link is: the feed tells when the node was added, not when the seed ran.
        const line = { userId, kind: 'assignment' as const, nodeId, message: `Node ${displayName} was added to your account`, params, at: since };
        await this.activity.record(line, tx);
      }
    });
  }
}

/** An ASSIGNED line of a list that allOrNothing rolled back. */
function notApplied(line: AssignNodesLineResult): AssignNodesLineResult {
  return line.outcome === BulkAssignOutcome.ASSIGNED ? { ...line, outcome: BulkAssignOutcome.NOT_APPLIED, code: BulkAssignCode.ROLLED_BACK, node: null } : line;
}
