import type { AlertKind } from './alert.types.js';
import type { TextContext, Worded } from './alert-texts.format.js';

const STATUS_RULES: Record<string, string> = {
  VALIDATOR_JAILED: 'the validator is jailed',
  NOT_IN_CURRENT_EPOCH: 'not among the participants of the current epoch',
  HEALTH_CHECK_FAILED: 'the health check of the inference URL failed',
  PARTICIPANT_INVALID: 'participant status is INVALID on the chain',
  PARTICIPANT_INACTIVE: 'participant status is INACTIVE on the chain',
  EXCLUDED_THIS_EPOCH: 'excluded from the current epoch',
  MISSED_RATE: 'too many missed requests',
  INVALIDATION_RATE: 'too many invalidated inferences',
  CONFIRMATION_POC_RATIO: 'confirmation PoC ratio too low',
};
const RISKS: Record<string, string> = {
  DOWNTIME_FAILING: 'it misses more requests than the downtime test allows',
  INVALID: 'its status is INVALID',
  EXCLUDED: 'it was excluded from the epoch',
};
const REQUEST_STATUS: Record<string, string> = { pending: 'pending', in_progress: 'in progress', completed: 'completed', rejected: 'rejected' };
const REQUEST_TYPES: Record<string, string> = { new_node: 'new node', support: 'support', other: 'other' };
const UPSTREAM: Record<string, string> = {
  UNAVAILABLE: 'The Gonka network cannot be reached',
  PARTIAL: 'Some Gonka sources are failing',
  MASS_OFFLINE: 'Most tracked nodes went offline at once',
};

const rule = (c: TextContext) => STATUS_RULES[c.str('rule')] ?? c.str('rule').toLowerCase();

export const EN: Record<AlertKind, (c: TextContext) => Worded> = {
  NODE_UNHEALTHY: (c) => ({ title: `${c.node} is unhealthy`, message: `${c.node} is UNHEALTHY: ${rule(c)}.` }),
  NODE_JAILED: (c) => ({
    title: `${c.node} is jailed`,
    message: `${c.node} is JAILED${c.date('jailedUntil') ? ` until ${c.date('jailedUntil')}` : ''}: it earns nothing while jailed.`,
  }),
  NODE_OFFLINE: (c) => ({ title: `${c.node} is offline`, message: `${c.node} is OFFLINE: ${rule(c)}.` }),
  EPOCH_AT_RISK: (c) => ({
    title: `${c.node}: epoch ${c.str('epoch')} at risk`,
    message: `Epoch ${c.str('epoch')} would pay ${c.node} nothing if it settled now: ${RISKS[c.str('reasonCode')] ?? c.str('reasonCode')}.`,
  }),
  EPOCH_ZERO_REWARD: (c) => ({
    title: `${c.node}: epoch ${c.str('epoch')} paid 0`,
    message: `Epoch ${c.str('epoch')} settled with no reward for ${c.node} (${c.str('verdict')}): ${c.str('verdictReason')}.`,
  }),
  CLAIM_WINDOW_CLOSING: (c) => ({
    title: `${c.node}: claim ${c.gnk('amount')} soon`,
    message: `The reward of epoch ${c.str('epoch')} (${c.gnk('amount')}) is still unclaimed; its claim window closes ${c.date('closesAt') || 'soon'}.`,
  }),
  REWARD_EXPIRED: (c) => ({
    title: `${c.node}: reward of epoch ${c.str('epoch')} expired`,
    message: `${c.gnk('amount')} from epoch ${c.str('epoch')} was not claimed in time and is lost.`,
  }),
  EARNINGS_DROP: (c) => ({
    title: `${c.node}: earnings dropped`,
    message: `Epoch ${c.str('epoch')} paid ${c.gnk('amount')}, below ${Math.round(Number(c.p.share) * 100)}% of the median ${c.gnk('median')} of the last paid epochs.`,
  }),
  REQUEST_STATUS_CHANGED: (c) => ({
    title: 'Support request updated',
    message:
      `Your ${REQUEST_TYPES[c.str('requestType')] ?? ''} request is now ${REQUEST_STATUS[c.str('toStatus')] ?? c.str('toStatus')} (was ${REQUEST_STATUS[c.str('fromStatus')] ?? c.str('fromStatus')}).`.replace(
        '  ',
        ' ',
      ),
  }),
  REQUEST_NOTE_ADDED: (c) => ({
    title: 'Support left a note',
    message: c.p.cleared ? 'Support cleared the notes on your request.' : 'Support updated the notes on your request.',
  }),
  REQUEST_CREATED: (c) => ({
    title: 'New support request',
    message: `A customer created a ${REQUEST_TYPES[c.str('requestType')] ?? c.str('requestType')} request${c.p.quantity ? ` (×${c.str('quantity')}${c.p.gpuType ? `, ${c.str('gpuType')}` : ''})` : ''}.`,
  }),
  NODE_ASSIGNED: (c) => ({ title: `${c.node} added`, message: `Node ${c.node} was added to your account.` }),
  NODE_UNASSIGNED: (c) => ({ title: `${c.node} removed`, message: `Node ${c.node} was removed from your account.` }),
  SYSTEM_UPSTREAM_DOWN: (c) => ({
    title: 'Upstream source down',
    message: `${UPSTREAM[c.str('cause')] ?? c.str('cause')}${c.str('failed') ? ` (${c.str('failed')})` : ''}: per-node alerts are held until it recovers.`,
  }),
  SYSTEM_REFRESHER_FAILING: (c) => ({
    title: 'Refresher failing',
    message: `The last ${c.str('failures')} refreshes failed: ${c.str('error')}. Node data is not current.`,
  }),
  SYSTEM_DELIVERIES_FAILING: (c) => ({ title: 'Notifications failing', message: `${c.str('failed')} notifications could not be delivered.` }),
};

/** The recovery notice of a stateful alert. */
export function enRecovered(kind: AlertKind, c: TextContext): Worded {
  switch (kind) {
    case 'NODE_UNHEALTHY':
    case 'NODE_JAILED':
    case 'NODE_OFFLINE':
      return { title: `${c.node} recovered`, message: `${c.node} is HEALTHY again.` };
    case 'EPOCH_AT_RISK':
      return { title: `${c.node}: epoch ${c.str('epoch')} no longer at risk`, message: `${c.node} is within the epoch's limits again.` };
    case 'CLAIM_WINDOW_CLOSING':
      return { title: `${c.node}: reward of epoch ${c.str('epoch')} settled`, message: 'The reward is no longer waiting to be claimed.' };
    case 'SYSTEM_UPSTREAM_DOWN':
      return { title: 'Upstream source back', message: 'The Gonka network answers again; per-node alerts are evaluated again.' };
    case 'SYSTEM_REFRESHER_FAILING':
      return { title: 'Refresher recovered', message: 'Refreshes succeed again; node data is current.' };
    default:
      return { title: `Resolved: ${EN[kind](c).title}`, message: 'Back to normal.' };
  }
}
