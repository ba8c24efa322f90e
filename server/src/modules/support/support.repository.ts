/**
 * Owns `support_requests`. Reaches it ONE way: TypeORM, with `SupportRequestEntity`
 * (entities/support-request.entity.ts) as the row type, through `Db.dataSource` or the caller's
 * `tx.manager`. Why not raw SQL: both request lists are Relay connections and `paginate()`
 * (graphql/connection.ts) needs a QueryBuilder; and a request is created and updated in the same
 * transaction as its activity events, which ActivityService writes through `tx.manager`.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, type Tx } from '../../database/db.js';
import type { ExpectationBasis } from '../expected-earnings/expected-earnings.types.js';
import { type ConnectionArgs, type ConnectionResult, paginate } from '../../graphql/connection.js';
import { type SupportRequestStatus, SupportRequestEntity, type SupportRequestType } from './entities/support-request.entity.js';

export interface NewSupportRequest {
  userId: string;
  type: SupportRequestType;
  gpuType: string | null;
  quantity: number;
  budget: string | null;
  network: string;
  comments: string | null;
  /** The expected earnings shown when asking (exact GNK text), or all null. */
  expectedPerEpochGnk: string | null;
  expectedPerDayGnk: string | null;
  expectedBasis: ExpectationBasis | null;
  expectedAt: Date | null;
  /** When it was made, if not now. */
  createdAt?: Date;
}

@Injectable()
export class SupportRepository {
  constructor(private readonly db: Db) {}

  private manager(tx?: Tx): EntityManager {
    return tx?.manager ?? this.db.dataSource.manager;
  }

  /** A new PENDING, unassigned request, as stored (id and timestamps filled in). */
  insert(request: NewSupportRequest, tx?: Tx): Promise<SupportRequestEntity> {
    const m = this.manager(tx);
    const { createdAt, ...fields } = request;
    const dated = createdAt ? { createdAt, updatedAt: createdAt } : {};
    return m.save(m.create(SupportRequestEntity, { ...fields, ...dated, status: 'pending', adminNotes: null, assignedTo: null }));
  }

  /** `ownerId`: only when it is that user's request. */
  findById(id: string, ownerId?: string): Promise<SupportRequestEntity | null> {
    const qb = this.manager().createQueryBuilder(SupportRequestEntity, 'r').where('r.id = :id', { id });
    if (ownerId !== undefined) qb.andWhere('r.user_id = :userId', { userId: ownerId });
    return qb.getOne();
  }

  /** Locks the row until `tx` ends, so concurrent updates of one request apply one after the other. */
  findByIdForUpdate(id: string, tx: Tx): Promise<SupportRequestEntity | null> {
    return tx.manager.createQueryBuilder(SupportRequestEntity, 'r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  /** Writes the changed columns of a row read with `findByIdForUpdate`; returns it as stored. */
  save(row: SupportRequestEntity, tx?: Tx): Promise<SupportRequestEntity> {
    return this.manager(tx).save(row);
  }

  /** Newest first, optionally one user's and/or one status. */
  page<N>(
    args: ConnectionArgs,
    filter: { userId?: string; status?: SupportRequestStatus },
    map: (request: SupportRequestEntity) => N,
  ): Promise<ConnectionResult<N>> {
    const qb = this.manager().createQueryBuilder(SupportRequestEntity, 'r');
    if (filter.userId !== undefined) qb.andWhere('r.user_id = :userId', { userId: filter.userId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    return paginate(qb, args, 'r', { map });
  }

  /** The user's requests still open (pending or in progress): the dashboard's count. */
  countOpenForUser(userId: string): Promise<number> {
    return this.manager()
      .createQueryBuilder(SupportRequestEntity, 'r')
      .where('r.user_id = :userId', { userId })
      .andWhere(`r.status IN ('pending', 'in_progress')`)
      .getCount();
  }

  /** Requests nobody has picked up yet (all users): the system stats' count. */
  countPending(): Promise<number> {
    return this.manager().createQueryBuilder(SupportRequestEntity, 'r').where(`r.status = 'pending'`).getCount();
  }
}
