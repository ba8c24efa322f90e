import { Injectable } from '@nestjs/common';
import { Forbidden, NotFound } from '../../common/domain-error.js';
import { Db, type Tx } from '../../database/db.js';
import type { ConnectionResult } from '../../graphql/connection.js';
import { type ActivityParamsData, type NewActivityEvent, ActivityService } from '../activity/activity.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersRepository } from '../users/users.repository.js';
import type { CreateSupportRequestInput } from './dto/create-support-request.input.js';
import { toSupportRequest } from './dto/support-request.mapper.js';
import type { SupportRequest } from './dto/support-request.model.js';
import type { SupportRequestsArgs } from './dto/support-requests.args.js';
import { type SupportRequestStatus, SupportRequestType, statusName } from './dto/support.enums.js';
import { ExpectedEarningsService } from '../expected-earnings/expected-earnings.service.js';
import type { Expectation } from '../expected-earnings/expected-earnings.types.js';
import type { UpdateSupportRequestInput } from './dto/update-support-request.input.js';
import { canTransition } from './support-request.transitions.js';
import { SupportRepository } from './support.repository.js';
import { AssigneeNotAdmin, RequestNodesInvalid, RequestTransitionInvalid } from './support.errors.js';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { SupportRequestNodesRepository } from './support-request-nodes.repository.js';
import type { SupportRequestEntity } from './entities/support-request.entity.js';

const TYPE_LABELS: Record<string, string> = { new_node: 'new node', support: 'support', other: 'other' };

@Injectable()
export class SupportRequestsService {
  constructor(
    private readonly db: Db,
    private readonly requests: SupportRepository,
    private readonly users: UsersRepository,
    private readonly activity: ActivityService,
    private readonly nodes: NodesRepository,
    private readonly requestNodes: SupportRequestNodesRepository,
    private readonly expectations: ExpectedEarningsService,
  ) {}

  /** `at`: when the customer asked, if not now (a request recorded after the fact keeps its date and its feed line's). */
  async create(caller: AuthUser, input: CreateSupportRequestInput, at?: Date): Promise<SupportRequest> {
    const expected = await this.expectationToKeep(input);
    const saved = await this.db.transaction(async (tx) => {
      const row = await this.requests.insert(
        {
          userId: caller.id,
          type: input.type,
          gpuType: input.gpuType ?? null,
          quantity: input.quantity,
          budget: input.budget ?? null,
          network: input.network,
          comments: input.comments ?? null,
          expectedPerEpochGnk: expected?.perEpoch ?? null,
          expectedPerDayGnk: expected?.perDay ?? null,
          expectedBasis: expected?.basis ?? null,
          expectedAt: expected?.computedAt ?? null,
          createdAt: at,
        },
        tx,
      );
      const what = `${TYPE_LABELS[row.type]} request${row.type === 'new_node' ? ` ×${row.quantity}${row.gpuType ? ` (${row.gpuType})` : ''}` : ''}`;
      const params: ActivityParamsData = { action: 'REQUEST_CREATED', requestType: row.type, quantity: row.quantity, gpuType: row.gpuType };
      await this.activity.record({ userId: caller.id, kind: 'request_update', supportRequestId: row.id, message: `Support ${what} created`, params, at }, tx);
      return row;
    });
    return toSupportRequest(saved);
  }

  /**
   * The expectation the add-node form showed for this GPU and quantity: the same computation, read
   * from the same per-epoch cache, so what is kept is what was shown (the client's copy is not
   * trusted). Best effort: a request is never refused because the network cannot be read.
   */
  private async expectationToKeep(input: CreateSupportRequestInput): Promise<Expectation | null> {
    if (input.type !== SupportRequestType.NEW_NODE || !input.gpuType) return null;
    const result = await this.expectations.expect(input.gpuType, input.quantity).catch(() => null);
    return result?.expected ?? null;
  }

  /** Owners see their own requests, admins any; everyone else gets NOT_FOUND (existence is not revealed). */
  async get(caller: AuthUser, id: string): Promise<SupportRequest> {
    const row = await this.requests.findById(id, caller.role !== 'admin' ? caller.id : undefined);
    if (!row) throw new NotFound('Support request');
    return toSupportRequest(row);
  }

  listMine(caller: AuthUser, args: SupportRequestsArgs): Promise<ConnectionResult<SupportRequest>> {
    return this.requests.page(args, { userId: caller.id, status: args.status }, toSupportRequest);
  }

  listAll(args: SupportRequestsArgs): Promise<ConnectionResult<SupportRequest>> {
    return this.requests.page(args, { status: args.status }, toSupportRequest);
  }

  /**
   * Admin changes under a row lock, so two concurrent updates apply one after the other and the
   * second is checked against the first's status. A customer gets NOT_FOUND for others' requests
   * and FORBIDDEN for their own (only support changes requests). `at`: when support made the change,
   * if not now (recorded after the fact: the request and its feed lines keep that date).
   */
  async update(caller: AuthUser, id: string, input: UpdateSupportRequestInput, at?: Date): Promise<SupportRequest> {
    const saved = await this.db.transaction(async (tx) => {
      const row = await this.requests.findByIdForUpdate(id, tx);
      if (!row || (caller.role !== 'admin' && row.userId !== caller.id)) throw new NotFound('Support request');
      if (caller.role !== 'admin') throw new Forbidden('Only support staff can update a request');
      const events: NewActivityEvent[] = [];
      const event = (kind: NewActivityEvent['kind'], message: string, params: ActivityParamsData) =>
        events.push({ userId: row.userId, kind, supportRequestId: row.id, message, params, at });

      if (input.status != null && input.status !== row.status) {
        if (!canTransition(row.status as SupportRequestStatus, input.status)) throw new RequestTransitionInvalid(row.status, input.status);
        event('status_change', `Support request ${statusName(row.status)} → ${statusName(input.status)}`, {
          action: 'REQUEST_STATUS_CHANGED',
          fromRequestStatus: row.status,
          toRequestStatus: input.status,
        });
        row.status = input.status;
      }
      if (input.assignedToId !== undefined && input.assignedToId !== row.assignedTo) {
        if (input.assignedToId !== null) await this.assertAdmin(input.assignedToId, tx);
        if (input.assignedToId) event('assignment', 'Support request assigned to a support engineer', { action: 'REQUEST_ASSIGNED' });
        else event('assignment', 'Support request unassigned', { action: 'REQUEST_UNASSIGNED' });
        row.assignedTo = input.assignedToId;
      }
      if (input.adminNotes !== undefined && input.adminNotes !== row.adminNotes) {
        if (input.adminNotes) event('request_update', 'Support updated the notes on your request', { action: 'REQUEST_NOTES_UPDATED' });
        else event('request_update', 'Support cleared the notes on your request', { action: 'REQUEST_NOTES_CLEARED' });
        row.adminNotes = input.adminNotes;
      }
      // After the status change, so completing and linking in one call checks the request as completed.
      if (input.nodeIds?.length) await this.linkNodes(caller, row, input.nodeIds, tx);
      if (!events.length) return row;
      if (at) row.updatedAt = at;
      const updated = await this.requests.save(row, tx);
      await this.activity.record(events, tx);
      return updated;
    });
    return toSupportRequest(saved);
  }

  /** The nodes a new-node request produced: each must be its customer's node now. */
  private async linkNodes(caller: AuthUser, row: SupportRequestEntity, nodeIds: string[], tx: Tx): Promise<void> {
    if (row.type !== 'new_node' || row.status === 'rejected') throw new RequestNodesInvalid('not_new_node');
    const ids = [...new Set(nodeIds)];
    if ((await this.nodes.byIds(ids, row.userId)).length !== ids.length) throw new RequestNodesInvalid('not_owned');
    await this.requestNodes.link(row.id, ids, caller.id, tx);
  }

  private async assertAdmin(userId: string, tx: Tx): Promise<void> {
    const user = await this.users.findById(userId, tx);
    if (user?.role !== 'admin') throw new AssigneeNotAdmin();
  }
}
