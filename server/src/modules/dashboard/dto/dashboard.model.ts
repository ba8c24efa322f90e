import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';

export enum ActivityKind {
  STATUS_CHANGE = 'status_change',
  ASSIGNMENT = 'assignment',
  REQUEST_UPDATE = 'request_update',
}
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'What an activity feed line is about.' });

@ObjectType({ description: 'One line of the activity feed: a status change, an assignment, a request update.' })
export class ActivityEvent {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field()
  message: string;

  @Field(() => ID, { nullable: true })
  nodeId: string | null;

  @Field(() => ID, { nullable: true })
  supportRequestId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class ActivityEventConnection extends Connection(ActivityEvent) {}

/** The signed-in customer's summary; every field resolves lazily, so a widget pays only for its own. */
@ObjectType({ description: "The signed-in customer's dashboard." })
export class Dashboard {
  /** Whose dashboard; not exposed. */
  userId: string;

  /** The customer's nodes, read once per request and shared by the fields that need them. */
  nodes?: Promise<{ id: string; identifier: string; status: string | null }[]>;
}
