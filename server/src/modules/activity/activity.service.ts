import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/db.js';
import type { ConnectionArgs, ConnectionResult } from '../../graphql/connection.js';
import { type ActivityFeedItem, ActivityRepository, type NewActivityEvent, type StatusChangeActivity } from './activity.repository.js';

export type { ActivityFeedItem, NewActivityEvent, StatusChangeActivity };
export type { ActivityAction, ActivityParamsData } from './activity-params.js';

/** An event as stored, with its id. */
export type RecordedActivityEvent = NewActivityEvent & { id: string };
/** Called inside the recording transaction (when the caller gave one), so what it writes commits with the event. */
export type ActivityListener = (events: RecordedActivityEvent[], tx?: Tx) => Promise<void>;

/** Users' activity feeds. Writes take the caller's transaction, so an event commits with its change. */
@Injectable()
export class ActivityService {
  private readonly listeners: ActivityListener[] = [];

  constructor(private readonly events: ActivityRepository) {}

  /** Another domain reacting to recorded events (the alerts of issue #14) without the recorders knowing it. */
  onRecorded(listener: ActivityListener): void {
    this.listeners.push(listener);
  }

  /** `tx`: the caller's transaction (from `Db.transaction`), so the event commits with its change. */
  async record(events: NewActivityEvent | NewActivityEvent[], tx?: Tx): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    const ids = await this.events.insert(list, tx);
    if (this.listeners.length === 0 || list.length === 0) return;
    const recorded = list.map((e, i) => ({ ...e, id: ids[i] }));
    for (const listener of this.listeners) await listener(recorded, tx);
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
