import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NODE_STATUS_RULES, NodeStatus, type NodeStatusRule } from '../../../network/node-status.js';
import { ACTIVITY_ACTIONS, type ActivityAction, type ActivityParamsData } from '../../activity/activity-params.js';
import { NodeStatusDetails, toStatusDetails } from '../../nodes/dto/node-status-details.model.js';
import { SupportRequestStatus, SupportRequestType } from '../../support/dto/support.enums.js';

registerEnumType(ACTIVITY_ACTIONS, {
  name: 'ActivityAction',
  description: 'What an activity line says (finer than ActivityKind); clients word the line from it and ActivityParams.',
  valuesMap: {
    NODE_STATUS_CHANGED: { description: 'nodeName went fromStatus → toStatus by statusRule (statusDetails).' },
    NODE_ASSIGNED: { description: 'nodeName was added to the account.' },
    NODE_UNASSIGNED: { description: 'nodeName was removed from the account.' },
    REQUEST_CREATED: { description: 'A support request (requestType, quantity, gpuType) was created.' },
    REQUEST_STATUS_CHANGED: { description: 'A support request went fromRequestStatus → toRequestStatus.' },
    REQUEST_ASSIGNED: { description: 'A support engineer took the request.' },
    REQUEST_UNASSIGNED: { description: 'The request has no engineer any more.' },
    REQUEST_NOTES_UPDATED: { description: 'Support updated the notes on the request.' },
    REQUEST_NOTES_CLEARED: { description: 'Support cleared the notes on the request.' },
  },
});

@ObjectType({ description: "The codes and figures an activity line's message is worded from; only those of its action are set." })
export class ActivityParams {
  @Field(() => ACTIVITY_ACTIONS, { description: 'What the line says.' })
  action: ActivityAction;

  @Field(() => String, { nullable: true, description: "The node's name (display name or identifier) when the line was written." })
  nodeName: string | null;

  @Field(() => NodeStatus, { nullable: true, description: 'With NODE_STATUS_CHANGED: the status before.' })
  fromStatus: NodeStatus | null;

  @Field(() => NodeStatus, { nullable: true, description: 'With NODE_STATUS_CHANGED: the status after.' })
  toStatus: NodeStatus | null;

  @Field(() => NODE_STATUS_RULES, { nullable: true, description: 'The rule that set toStatus.' })
  statusRule: NodeStatusRule | null;

  @Field(() => NodeStatusDetails, { nullable: true, description: 'The figures of statusRule, when known.' })
  statusDetails: NodeStatusDetails | null;

  @Field(() => SupportRequestType, { nullable: true, description: 'With REQUEST_CREATED: what kind of request.' })
  requestType: SupportRequestType | null;

  @Field(() => Int, { nullable: true, description: 'With REQUEST_CREATED: how many GPUs were asked for.' })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: 'With REQUEST_CREATED: the GPU type asked for, if any.' })
  gpuType: string | null;

  @Field(() => SupportRequestStatus, { nullable: true, description: "With REQUEST_STATUS_CHANGED: the request's status before." })
  fromRequestStatus: SupportRequestStatus | null;

  @Field(() => SupportRequestStatus, { nullable: true, description: "With REQUEST_STATUS_CHANGED: the request's status after." })
  toRequestStatus: SupportRequestStatus | null;
}

/** The stored params (plain JSON) in GraphQL's shape: every field present, null when unset. */
export function toActivityParams(p: ActivityParamsData): ActivityParams {
  return {
    action: p.action,
    nodeName: p.nodeName ?? null,
    fromStatus: p.fromStatus ?? null,
    toStatus: p.toStatus ?? null,
    statusRule: p.statusRule ?? null,
    statusDetails: p.statusDetails ? toStatusDetails(p.statusDetails) : null,
    requestType: (p.requestType as SupportRequestType | undefined) ?? null,
    quantity: p.quantity ?? null,
    gpuType: p.gpuType ?? null,
    fromRequestStatus: (p.fromRequestStatus as SupportRequestStatus | undefined) ?? null,
    toRequestStatus: (p.toRequestStatus as SupportRequestStatus | undefined) ?? null,
  };
}
