/**
 * Issue #15: what the server sends as codes and figures (status rules, activity actions, job
 * statuses), worded here. The rules read in English as the server's own reasons do (lower case),
 * so English users see what they saw before. Kept apart from en.ts, which is at its size limit;
 * merged under `serverTexts` by index.ts.
 */
export const enServerTexts = {
  rule: {
    VALIDATOR_JAILED: 'validator jailed',
    VALIDATOR_JAILED_UNTIL: 'validator jailed until {{until}}',
    NOT_IN_CURRENT_EPOCH: 'not among the participants of the current epoch',
    HEALTH_CHECK_FAILED: 'health check of the inference URL failed',
    PARTICIPANT_INVALID: 'participant status is INVALID on the chain',
    PARTICIPANT_INACTIVE: 'participant status is INACTIVE on the chain',
    EXCLUDED_THIS_EPOCH: 'excluded from the current epoch (no reason given)',
    EXCLUDED_THIS_EPOCH_WHY: 'excluded from the current epoch ({{why}})',
    MISSED_RATE: 'missed rate above the limit',
    MISSED_RATE_FIGURES: 'missed rate {{value}} > {{limit}}',
    INVALIDATION_RATE: 'invalidation rate above the limit',
    INVALIDATION_RATE_FIGURES: 'invalidation rate {{value}} > {{limit}}',
    CONFIRMATION_POC_RATIO: 'confirmation PoC ratio below the minimum',
    CONFIRMATION_POC_RATIO_FIGURES: 'confirmation PoC ratio {{value}} < {{limit}}',
    ALL_CHECKS_PASSED: 'all checks passed',
  },
  noDataYet: 'no data yet',
  activity: {
    NODE_STATUS_CHANGED: '{{node}}: {{from}} → {{to}}',
    NODE_STATUS_CHANGED_WHY: '{{node}}: {{from}} → {{to}} ({{why}})',
    NODE_ASSIGNED: 'Node {{node}} was added to your account',
    NODE_UNASSIGNED: 'Node {{node}} was removed from your account',
    REQUEST_CREATED: 'Support request created: {{type}}',
    REQUEST_CREATED_NODES: 'Support request created: {{type}} ×{{quantity}}',
    REQUEST_CREATED_NODES_GPU: 'Support request created: {{type}} ×{{quantity}} ({{gpu}})',
    REQUEST_STATUS_CHANGED: 'Support request: {{from}} → {{to}}',
    REQUEST_ASSIGNED: 'Support request assigned to a support engineer',
    REQUEST_UNASSIGNED: 'Support request unassigned',
    REQUEST_NOTES_UPDATED: 'Support updated the notes on your request',
    REQUEST_NOTES_CLEARED: 'Support cleared the notes on your request',
  },
  jobStatus: { STARTED: 'Started', FINISHED: 'Finished', VALIDATED: 'Validated', INVALIDATED: 'Invalidated', VOTING: 'Voting', EXPIRED: 'Expired' },
};
export type ServerTexts = typeof enServerTexts;
