/** The node page's metrics history (issue #15, defect 12). */
export const enHistory = {
  uptime: 'Uptime per epoch',
  tokensPerSec: 'Tokens/s per epoch',
  missRate: 'Miss rate per epoch',
  missRateSeries: 'Missed requests, %',
  jobs: 'Jobs per epoch',
  jobsSeries: 'Inferences',
  noData: 'No data for these epochs yet.',
  notObserved: 'not observed',
  uptimeValue: '{{value}} uptime',
  epoch: 'Epoch #{{epoch}}',
  identifierType: { WALLET: 'Wallet address', NODE_ID: 'Node ID', OPERATOR: 'Operator address', VALIDATOR: 'Validator address' },
  mlNodeStatus: { INFERENCE: 'Inference', POC: 'PoC', TRAINING: 'Training', STOPPED: 'Stopped', FAILED: 'Failed', UNKNOWN: 'Unknown' },
  running: 'running',
};
