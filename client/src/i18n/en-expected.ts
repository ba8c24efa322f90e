/** Expected earnings on new-node requests, and realised against them (#16). The server sends figures and codes; these word them. */
export const enExpected = {
  title: 'Expected earnings',
  shownToCustomer: 'Expected earnings shown to the customer',
  perEpoch: '{{amount}} GNK per epoch',
  perDay: '≈ {{amount}} GNK per day',
  basis: 'Network median {{median}} GNK per {{model}} GPU × {{quantity}}, over {{epochs}} settled epochs ({{from}}–{{to}}) of {{nodes}} network nodes.',
  estimate: 'An estimate from the network’s past rewards, not a promise: a node earns by its weight and uptime.',
  shownAt: 'As shown on {{date}}',
  loading: 'Estimating…',
  reasons: {
    UNKNOWN_GPU_MODEL: 'Name a GPU model (e.g. H100) to see an estimate.',
    NO_NETWORK_DATA: 'No network node with only this GPU in the recent epochs.',
    NO_SETTLED_EPOCHS: 'The network has settled no epoch yet.',
    NETWORK_UNAVAILABLE: 'The network cannot be read right now.',
  },
  vs: {
    title: 'Expected vs realised',
    expected: 'Expected per epoch',
    expectedDay: 'Expected per day',
    median: 'Realised median per epoch',
    mean: 'Realised mean per epoch',
    ratio: 'Realised ÷ expected',
    epochs: 'Settled epochs counted: {{n}}, since the request of {{date}}.',
    noEpochs: 'No epoch has settled since the request of {{date}} yet.',
    share: 'This node’s share: 1 of the {{n}} nodes of the request.',
  },
};
