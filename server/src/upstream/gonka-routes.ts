// The Gonka node's routes this portal reads (node API, chain REST, chain RPC), as metric and error labels.
export const INFERENCE = '/chain-api/productscience/inference/inference';

/** Route patterns: the labels of errors and metrics. */
export const GONKA_ROUTES = {
  currentParticipants: 'GET /v1/epochs/current/participants',
  epochParticipants: 'GET /v1/epochs/{n}/participants',
  latestEpoch: 'GET /v1/epochs/latest',
  allParticipants: `GET ${INFERENCE}/participant`,
  participant: `GET ${INFERENCE}/participant/{address}`,
  performanceSummaryAll: `GET ${INFERENCE}/epoch_performance_summary/{epoch}`,
  performanceSummary: `GET ${INFERENCE}/epoch_performance_summary/{epoch}/{address}`,
  participantsStats: `GET ${INFERENCE}/participants_stats`,
  hardwareNodesAll: `GET ${INFERENCE}/hardware_nodes_all`,
  hardwareNodes: `GET ${INFERENCE}/hardware_nodes/{address}`,
  excludedParticipants: `GET ${INFERENCE}/excluded_participants/{epoch}`,
  params: `GET ${INFERENCE}/params`,
  modelsAll: `GET ${INFERENCE}/models_all`,
  rewardEstimate: `GET ${INFERENCE}/estimate_bitcoin_reward/{participant}`,
  validators: 'GET /chain-api/cosmos/staking/v1beta1/validators',
  signingInfos: 'GET /chain-api/cosmos/slashing/v1beta1/signing_infos',
  signingInfo: 'GET /chain-api/cosmos/slashing/v1beta1/signing_infos/{consensus_address}',
  chainStatus: 'GET /chain-rpc/status',
  block: 'GET /chain-rpc/block',
} as const;
