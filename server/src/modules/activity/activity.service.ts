import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/db.js';
import type { ConnectionArgs, ConnectionResult } from '../../graphql/connection.js';
import { type ActivityFeedItem, ActivityRepository, type NewActivityEvent, type StatusChangeActivity } from './activity.repository.js';

export type { ActivityFeedItem, NewActivityEvent, StatusChangeActivity };
export type { ActivityAction, ActivityParamsData } from './activity-params.js';

/** Users' activity feeds. Writes take the caller's transaction, so an event commits with its change. */
@Injectable()
export class ActivityService {
  constructor(private readonly events: ActivityRepository) {}

  /** `tx`: the caller's transaction (from `Db.transaction`), so the event commits with its change. */
  record(events: NewActivityEvent | NewActivityEvent[], tx?: Tx): Promise<void> {
    return this.events.insert(Array.isArray(events) ? events : [events], tx);
  }

  /** Status transitions, into the feeds of the nodes' owners. */
  recordStatusChanges(changes: readonly StatusChangeActivity[], tx?: Tx): Promise<void> {
    return this.events.insertStatusChanges(changes, tx);
  }

  /** The user's feed, newest first (Relay keyset pages over created_at, id). */
  feed(userId: string, args: ConnectionArgs): Promise<ConnectionResult<ActivityFeedItem>> {
    return this.events.feed(userId, args);
  }
}
