/**
 * activity_events, each user's feed. Reached through TypeORM (the entity ActivityEventEntity, on
 * `Db.dataSource.manager` or the caller's `tx.manager`), not raw SQL: the feed is a Relay page from
 * `paginate()` (graphql/connection.ts), which needs a QueryBuilder, and the inserts join the
 * caller's transaction. Read-join: `insertStatusChanges` reads `nodes` and `user_nodes` (the node's
 * name and its owners) in its own statement.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, type Tx } from '../../database/db.js';
import { type ConnectionArgs, type ConnectionResult, paginate } from '../../graphql/connection.js';
import type { ActivityParamsData } from './activity-params.js';
import { type ActivityKind, ActivityEventEntity } from './entities/activity-event.entity.js';

export interface NewActivityEvent {
  userId: string;
  kind: ActivityKind;
  message: string;
  params: ActivityParamsData;
  nodeId?: string | null;
  supportRequestId?: string | null;
  /** When it happened, if not now: a change recorded after the fact (e.g. a history read back from the network). */
  at?: Date;
}

/** A feed line, as the dashboard shows it. */
export interface ActivityFeedItem {
  id: string;
  kind: ActivityKind;
  message: string;
  params: ActivityParamsData | null;
  nodeId: string | null;
  supportRequestId: string | null;
  createdAt: Date;
}

/** A node's status transition, for its owners' feeds; `from`/`to` as the feed words them. */
export interface StatusChangeActivity {
  nodeId: string;
  from: string;
  to: string;
  reason: string;
  /** The line's params but the node's name (the insert reads it) and the action. */
  params: Omit<ActivityParamsData, 'action' | 'nodeName'>;
  /** When the node changed, if not now (a transition recorded after the fact). */
  at?: Date;
}

@Injectable()
export class ActivityRepository {
  constructor(private readonly db: Db) {}

  private manager(tx?: Tx): EntityManager {
    return tx?.manager ?? this.db.dataSource.manager;
  }

  /** Returns the new rows' ids, in the order given. */
  async insert(events: readonly NewActivityEvent[], tx?: Tx): Promise<string[]> {
    const rows = events.map((e) => ({
      userId: e.userId,
      kind: e.kind,
      message: e.message,
      params: e.params,
      nodeId: e.nodeId ?? null,
      supportRequestId: e.supportRequestId ?? null,
      ...(e.at ? { createdAt: e.at } : {}),
    }));
    if (rows.length === 0) return [];
    const result = await this.manager(tx).insert(ActivityEventEntity, rows);
    return result.identifiers.map((i) => String(i.id));
  }

  /** One line per owner of each node: "<name>: <from> → <to> (<reason>)", at most 500 characters. */
  async insertStatusChanges(changes: readonly StatusChangeActivity[], tx?: Tx): Promise<void> {
    await this.manager(tx).query(
      `INSERT INTO activity_events (user_id, kind, node_id, message, params, created_at)
       SELECT un.user_id, 'status_change', n.id,
              left(COALESCE(n.display_name, n.identifier) || ': ' || u.old || ' → ' || u.new || ' (' || u.reason || ')', 500),
              u.params::jsonb || jsonb_build_object('action', 'NODE_STATUS_CHANGED', 'nodeName', COALESCE(n.display_name, n.identifier)),
              COALESCE(u.at, now())
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS u(id, old, new, reason, params, at)
       JOIN nodes n ON n.id = u.id JOIN user_nodes un ON un.node_id = n.id`,
      [
        changes.map((c) => c.nodeId),
        changes.map((c) => c.from),
        changes.map((c) => c.to),
        changes.map((c) => c.reason),
        changes.map((c) => JSON.stringify(c.params)),
        changes.map((c) => c.at ?? null),
      ],
    );
  }

  /** The user's feed, newest first, in keyset pages. */
  feed(userId: string, args: ConnectionArgs): Promise<ConnectionResult<ActivityFeedItem>> {
    const qb = this.manager().createQueryBuilder(ActivityEventEntity, 'event').where('event.user_id = :userId', { userId });
    return paginate(qb, args, 'event', {
      idType: 'bigint',
      map: (e) => ({
        id: e.id,
        kind: e.kind,
        message: e.message,
        params: e.params,
        nodeId: e.nodeId,
        supportRequestId: e.supportRequestId,
        createdAt: e.createdAt,
      }),
    });
  }
}
