import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '../../common/domain-error.js';
import { type ConnectionResult, paginate } from '../../graphql/connection.js';
import { type NewActivityEvent, ActivityService } from '../activity/activity.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UserEntity } from '../users/entities/user.entity.js';
import type { CreateSupportRequestInput } from './dto/create-support-request.input.js';
import { toSupportRequest } from './dto/support-request.mapper.js';
import type { SupportRequest } from './dto/support-request.model.js';
import type { SupportRequestsArgs } from './dto/support-requests.args.js';
import { type SupportRequestStatus, statusName } from './dto/support.enums.js';
import type { UpdateSupportRequestInput } from './dto/update-support-request.input.js';
import { SupportRequestEntity } from './entities/support-request.entity.js';
import { canTransition } from './support-request.transitions.js';
import { AssigneeNotAdmin, RequestTransitionInvalid } from './support.errors.js';

const TYPE_LABELS: Record<string, string> = { new_node: 'new node', support: 'support', other: 'other' };

@Injectable()
export class SupportRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activity: ActivityService,
  ) {}

  async create(caller: AuthUser, input: CreateSupportRequestInput): Promise<SupportRequest> {
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await m.save(
        m.create(SupportRequestEntity, {
          userId: caller.id,
          type: input.type,
          gpuType: input.gpuType ?? null,
          quantity: input.quantity,
          budget: input.budget ?? null,
          network: input.network,
          comments: input.comments ?? null,
          status: 'pending',
          adminNotes: null,
          assignedTo: null,
        }),
      );
      const what = `${TYPE_LABELS[row.type]} request${row.type === 'new_node' ? ` ×${row.quantity}${row.gpuType ? ` (${row.gpuType})` : ''}` : ''}`;
      await this.activity.record({ userId: caller.id, kind: 'request_update', supportRequestId: row.id, message: `Support ${what} created` }, m);
      return row;
    });
    return toSupportRequest(saved);
  }

  /** Owners see their own requests, admins any; everyone else gets NOT_FOUND (existence is not revealed). */
  async get(caller: AuthUser, id: string): Promise<SupportRequest> {
    const qb = this.dataSource.manager.createQueryBuilder(SupportRequestEntity, 'r').where('r.id = :id', { id });
    if (caller.role !== 'admin') qb.andWhere('r.user_id = :userId', { userId: caller.id });
    const row = await qb.getOne();
    if (!row) throw new NotFound('Support request');
    return toSupportRequest(row);
  }

  listMine(caller: AuthUser, args: SupportRequestsArgs): Promise<ConnectionResult<SupportRequest>> {
    const qb = this.dataSource.manager.createQueryBuilder(SupportRequestEntity, 'r').where('r.user_id = :userId', { userId: caller.id });
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    return paginate(qb, args, 'r', { map: toSupportRequest });
  }

  listAll(args: SupportRequestsArgs): Promise<ConnectionResult<SupportRequest>> {
    const qb = this.dataSource.manager.createQueryBuilder(SupportRequestEntity, 'r');
    if (args.status) qb.where('r.status = :status', { status: args.status });
    return paginate(qb, args, 'r', { map: toSupportRequest });
  }

  /**
   * Admin changes under a row lock, so two concurrent updates apply one after the other and the
   * second is checked against the first's status. A customer gets NOT_FOUND for others' requests
   * and FORBIDDEN for their own (only support changes requests).
   */
  async update(caller: AuthUser, id: string, input: UpdateSupportRequestInput): Promise<SupportRequest> {
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await m.createQueryBuilder(SupportRequestEntity, 'r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
      if (!row || (caller.role !== 'admin' && row.userId !== caller.id)) throw new NotFound('Support request');
      if (caller.role !== 'admin') throw new Forbidden('Only support staff can update a request');
      const events: NewActivityEvent[] = [];
      const event = (kind: NewActivityEvent['kind'], message: string) =>
        events.push({ userId: row.userId, kind, supportRequestId: row.id, message });

      if (input.status != null && input.status !== row.status) {
        if (!canTransition(row.status as SupportRequestStatus, input.status)) throw new RequestTransitionInvalid(row.status, input.status);
        event('status_change', `Support request ${statusName(row.status)} → ${statusName(input.status)}`);
        row.status = input.status;
      }
      if (input.assignedToId !== undefined && input.assignedToId !== row.assignedTo) {
        if (input.assignedToId !== null) await this.assertAdmin(m, input.assignedToId);
        event('assignment', input.assignedToId ? 'Support request assigned to a support engineer' : 'Support request unassigned');
        row.assignedTo = input.assignedToId;
      }
      if (input.adminNotes !== undefined && input.adminNotes !== row.adminNotes) {
        event('request_update', input.adminNotes ? 'Support updated the notes on your request' : 'Support cleared the notes on your request');
        row.adminNotes = input.adminNotes;
      }
      if (!events.length) return row;
      const updated = await m.save(row);
      await this.activity.record(events, m);
      return updated;
    });
    return toSupportRequest(saved);
  }

  private async assertAdmin(m: EntityManager, userId: string): Promise<void> {
    const user = await m.findOneBy(UserEntity, { id: userId });
    if (user?.role !== 'admin') throw new AssigneeNotAdmin();
  }
}
