/** Counted nouns (i18next plurals) and amount hints, shared by every page. */
export const formatStrings = {
  gpus_one: '{{count}} GPU',
  gpus_other: '{{count}} GPUs',
  nodes_one: '{{count}} node',
  nodes_other: '{{count}} nodes',
  requests_one: '{{count}} request',
  requests_other: '{{count}} requests',
  statusChanges_one: '{{count}} status change',
  statusChanges_other: '{{count}} status changes',
  earningsRows_one: '{{count}} earnings row',
  earningsRows_other: '{{count}} earnings rows',
  exactGnk: '{{amount}} GNK',
};
