/**
 * The README's "The GraphQL API" examples (what the dashboard widgets send), opened as the
 * playground's tabs, named so each tab says what it is. example-operations.test.ts validates each
 * against schema.graphql so they cannot rot.
 */
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: string;
}

// Operations on one node need its id: the Node table tab (`myNodes … nodes { id … }`) lists them.
const NODE_VARIABLES = JSON.stringify({ id: 'paste a node id from myNodes' }, null, 2);

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    title: 'Who am I',
    query: `# Sign in above (or paste an API token) first: the playground then sends Authorization: Bearer <token>
query Me { me { email role } }`,
  },
  {
    title: 'Summary cards',
    query: `# Summary cards (activeNodes: HEALTHY; attentionNodes: UNHEALTHY, JAILED or OFFLINE)
query SummaryCards { dashboard { activeNodes attentionNodes totalNodes totalGpus earningsMonth pendingRequests } }`,
  },
  {
    title: 'Earnings chart',
    query: `# Earnings chart (per day; WEEK and, per node, EPOCH also work)
query EarningsChart { dashboard { earningsSeries(granularity: DAY) { periodStart amount claimed } } }`,
  },
  {
    title: 'Node table',
    query: `# Node table: status with its reason, throughput, income, freshness
query NodeTable {
  myNodes(first: 20, filter: { status: [UNHEALTHY, JAILED], gpuType: "h200" }, orderBy: { field: EARNINGS_TOTAL, direction: DESC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id displayName identifier status statusReason tokensPerSec jobsDay earningsDay earningsTotal statsStale statsFetchedAt }
  }
}`,
  },
  {
    title: 'Node details',
    query: `# Node details
query NodeDetails($id: ID!) {
  node(id: $id) {
    displayName activeModel weight uptimePercent uptimeObservedSince hardware { totalGpus gpus { type count } }
    earnings(granularity: EPOCH) { epoch amount claimed }
    statusHistory { at oldStatus newStatus reason rule details { missedRate threshold jailedUntil } }
    # Per epoch, oldest first (1..200 epochs): null where no source said (absent is not zero)
    metricsHistory(epochs: 30) { epoch startedAt endedAt inProgress tokensPerSec inferenceCount missedRequests totalRequests missRate uptimePercent }
  }
}`,
    variables: NODE_VARIABLES,
  },
  {
    title: 'Activity feed',
    query: `# Activity feed
query ActivityFeed { dashboard { recentActivity(first: 10) { nodes { kind message createdAt } } } }`,
  },
  {
    title: 'Epoch guard',
    query: `# Epoch guard: what each settled epoch paid and why, the claim's fate, the current epoch's risk
query EpochGuard($id: ID!) {
  node(id: $id) {
    epochs(first: 20) {
      nodes { epoch settledAt rewarded claimStatus claimDeadline inferenceCount missedRequests missedRate verdict verdictReason exclusionReason }
      pageInfo { hasNextPage endCursor }
    }
    epochRisk { level reasonCode reason requests missedRequests missedRate networkMissedRate downtimeThreshold estimatedReward estimateSource }
  }
}`,
    variables: NODE_VARIABLES,
  },
  {
    title: 'Needs attention',
    query: `# Needs attention (the same four figures are on admin \`systemStats\` across every node)
query NeedsAttention { dashboard { atRiskNodes claimable { amount deadline count } expiredThisMonth zeroRewardEpochsThisMonth attention(first: 10) { kind nodeId nodeName epoch amount deadline verdict reason } } }`,
  },
];
