import type { DerivedNodeStatus } from '../../../network/node-status.js';
import type { ActivityParamsData } from '../../activity/activity-params.js';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import type { EpochSummary } from '../../epochs/epoch-summary.service.js';

export enum ActivityKind {
  STATUS_CHANGE = 'status_change',
  ASSIGNMENT = 'assignment',
  REQUEST_UPDATE = 'request_update',
}
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'What an activity feed line is about.' });

@ObjectType({ description: 'One line of the activity feed: a status change, an assignment, a request update.' })
export class ActivityEvent {
  @Field(() => ID, { description: 'Id of the feed line.' })
  id: string;

  @Field(() => ActivityKind, { description: 'What it is about.' })
  kind: ActivityKind;

  @Field({ description: 'Human-readable English line, e.g. "rig-01: healthy → jailed (validator jailed)"; clients in other languages word `params`.' })
  message: string;

  /** As stored; the field `params` is resolved by ActivityEventResolver. */
  params: ActivityParamsData | null;

  @Field(() => ID, { nullable: true, description: 'The node concerned, if any.' })
  nodeId: string | null;

  @Field(() => ID, { nullable: true, description: 'The support request concerned, if any.' })
  supportRequestId: string | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of activity feed lines.' })
export class ActivityEventConnection extends Connection(ActivityEvent) {}

/** The signed-in customer's summary; every field resolves lazily, so a widget pays only for its own. */
@ObjectType({ description: "The signed-in customer's dashboard." })
export class Dashboard {
  /** Whose dashboard; not exposed. */
  userId: string;

  /** The customer's nodes, read once per request and shared by the fields that need them. */
  nodes?: Promise<{ id: string; identifier: string; name: string; status: DerivedNodeStatus | null }[]>;

  /** The epoch guard's aggregates, read once per request for the fields that need them. */
  epochSummary?: Promise<EpochSummary>;
}
