import type { NodeStatus, NodeStatusDetails, NodeStatusRule } from '../../network/node-status.js';

/**
 * What an activity line says, by code. `kind` alone cannot tell (a node's and a request's status
 * change are both `status_change`; a node assignment and an engineer's assignment both `assignment`).
 */
export const ACTIVITY_ACTIONS = {
  NODE_STATUS_CHANGED: 'NODE_STATUS_CHANGED',
  NODE_ASSIGNED: 'NODE_ASSIGNED',
  NODE_UNASSIGNED: 'NODE_UNASSIGNED',
  REQUEST_CREATED: 'REQUEST_CREATED',
  REQUEST_STATUS_CHANGED: 'REQUEST_STATUS_CHANGED',
  REQUEST_ASSIGNED: 'REQUEST_ASSIGNED',
  REQUEST_UNASSIGNED: 'REQUEST_UNASSIGNED',
  REQUEST_NOTES_UPDATED: 'REQUEST_NOTES_UPDATED',
  REQUEST_NOTES_CLEARED: 'REQUEST_NOTES_CLEARED',
} as const;
export type ActivityAction = keyof typeof ACTIVITY_ACTIONS;

/**
 * activity_events.params: the codes and figures a line's English `message` is worded from. Plain
 * JSON; support values as the database stores them (`new_node`, `in_progress`).
 */
export interface ActivityParamsData {
  action: ActivityAction;
  nodeName?: string;
  fromStatus?: NodeStatus;
  toStatus?: NodeStatus;
  statusRule?: NodeStatusRule | null;
  statusDetails?: NodeStatusDetails | null;
  requestType?: string;
  quantity?: number;
  gpuType?: string | null;
  fromRequestStatus?: string;
  toRequestStatus?: string;
}
