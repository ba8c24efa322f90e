/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HeaderPrice {\n    me {\n      id\n      currencyPreference\n    }\n    price {\n      ...PriceLine_price\n    }\n  }\n": typeof types.HeaderPriceDocument,
    "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n": typeof types.ActivityFeed_EventFragmentDoc,
    "\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n": typeof types.AlertBellDocument,
    "\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n": typeof types.AlertDeliveries_DeliveryFragmentDoc,
    "\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n": typeof types.AlertItem_AlertFragmentDoc,
    "\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n": typeof types.AlertList_ConnectionFragmentDoc,
    "\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n": typeof types.AlertRulesForm_UserFragmentDoc,
    "\n  fragment ApiTokenList_token on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenList_TokenFragmentDoc,
    "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.ChannelList_ChannelFragmentDoc,
    "\n  fragment CloudInstanceCard_node on Node {\n    id\n    cloudInstance {\n      id\n      name\n      flavor\n      gpus {\n        model\n        count\n      }\n      region\n      regionId\n      projectId\n      status\n      fetchedAt\n      stale\n    }\n  }\n": typeof types.CloudInstanceCard_NodeFragmentDoc,
    "\n  mutation LinkCloudInstance($input: LinkCloudInstanceInput!) {\n    linkCloudInstance(input: $input) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n": typeof types.LinkCloudInstanceDocument,
    "\n  mutation UnlinkCloudInstance($nodeId: ID!) {\n    unlinkCloudInstance(nodeId: $nodeId) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n": typeof types.UnlinkCloudInstanceDocument,
    "\n  query CurrencyPreference {\n    me {\n      id\n      currencyPreference\n    }\n  }\n": typeof types.CurrencyPreferenceDocument,
    "\n  mutation SaveCurrency($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      currencyPreference\n    }\n  }\n": typeof types.SaveCurrencyDocument,
    "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n": typeof types.DemoBannerDocument,
    "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    amountValue {\n      ...FiatAmount_value\n    }\n    periodStart\n    epoch\n  }\n": typeof types.EarningsChart_PointFragmentDoc,
    "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    verdict\n  }\n": typeof types.EpochRewardChart_OutcomeFragmentDoc,
    "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimatedRewardValue {\n      ...FiatAmount_value\n    }\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n": typeof types.EpochRiskGauge_RiskFragmentDoc,
    "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n": typeof types.EpochTable_OutcomeFragmentDoc,
    "\n  fragment ExpectedEarningsFigures_expected on ExpectedEarnings {\n    quantity\n    perEpoch\n    perDay\n    perEpochValue {\n      ...FiatAmount_value\n    }\n    perDayValue {\n      ...FiatAmount_value\n    }\n    computedAt\n    basis {\n      gpuModel\n      medianPerGpu\n      epochs\n      fromEpoch\n      toEpoch\n      networkNodes\n    }\n  }\n": typeof types.ExpectedEarningsFigures_ExpectedFragmentDoc,
    "\n  fragment ExpectedVsRealisedCard_node on Node {\n    expectedVsRealised {\n      requestId\n      expectedAt\n      nodesOfRequest\n      expectedPerEpoch\n      expectedPerEpochValue {\n        ...FiatAmount_value\n      }\n      expectedPerDay\n      expectedPerDayValue {\n        ...FiatAmount_value\n      }\n      realisedMedianPerEpoch\n      realisedMedianPerEpochValue {\n        ...FiatAmount_value\n      }\n      realisedMeanPerEpoch\n      realisedMeanPerEpochValue {\n        ...FiatAmount_value\n      }\n      epochsCounted\n      ratioPercent\n      basis {\n        gpuModel\n      }\n    }\n  }\n": typeof types.ExpectedVsRealisedCard_NodeFragmentDoc,
    "\n  fragment FiatAmount_value on FiatValue {\n    amount\n    currency\n    price\n    priceAt\n    stale\n  }\n": typeof types.FiatAmount_ValueFragmentDoc,
    "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n": typeof types.NodeInferenceJobsDocument,
    "\n  fragment MetricsHistory_point on NodeEpochMetrics {\n    epoch\n    inProgress\n    tokensPerSec\n    inferenceCount\n    missedRequests\n    totalRequests\n    missRate\n    ...UptimeTimeline_point\n  }\n": typeof types.MetricsHistory_PointFragmentDoc,
    "\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n": typeof types.MuteControl_NodeFragmentDoc,
    "\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n": typeof types.MuteNodeDocument,
    "\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n": typeof types.UnmuteNodeDocument,
    "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      amountValue {\n        ...FiatAmount_value\n      }\n      deadline\n      count\n    }\n    expiredThisMonth\n    expiredThisMonthValue {\n      ...FiatAmount_value\n    }\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      amountValue {\n        # Read here too: a GNK preference shows no value cell on the line.\n        currency\n        ...FiatAmount_value\n      }\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n": typeof types.NeedsAttention_DashboardFragmentDoc,
    "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n  }\n": typeof types.NodeMetrics_NodeFragmentDoc,
    "\n  fragment NodeRentChart_profit on Profit {\n    currency\n    daily {\n      day\n      income\n      rent\n    }\n  }\n": typeof types.NodeRentChart_ProfitFragmentDoc,
    "\n  query NodeRentPanel($id: ID!) {\n    node(id: $id) {\n      id\n      rents {\n        id\n        amount\n        currency\n        period\n        validFrom\n        validUntil\n      }\n      profit {\n        currency\n        ...NodeRentChart_profit\n        ...ProfitFigures_profit\n      }\n    }\n  }\n": typeof types.NodeRentPanelDocument,
    "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    cloudInstance {\n      region\n    }\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n": typeof types.NodeSpecs_NodeFragmentDoc,
    "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      ...StatusReason_details\n    }\n  }\n": typeof types.NodeStatusBadge_NodeFragmentDoc,
    "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n": typeof types.NodeTable_NodeFragmentDoc,
    "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n": typeof types.NodeWeight_NodeFragmentDoc,
    "\n  fragment PriceLine_price on Price {\n    usd\n    eur\n    at\n    source\n    stale\n  }\n": typeof types.PriceLine_PriceFragmentDoc,
    "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n": typeof types.ProfileForm_UserFragmentDoc,
    "\n  query ProfitCard {\n    me {\n      id\n      currencyPreference\n    }\n    dashboard {\n      profit {\n        ...ProfitFigures_profit\n      }\n    }\n  }\n": typeof types.ProfitCardDocument,
    "\n  fragment ProfitFigures_profit on Profit {\n    currency\n    incomeGnk\n    income\n    rent\n    net\n    margin\n    nodesWithoutRent\n    priceSource\n    projection {\n      projected\n      income\n      rent\n      net\n      settledIncome\n      currentEpochEstimate\n      currentEpochEstimateValue {\n        amount\n      }\n      paceGnkPerDay\n      remainingIncome\n    }\n    returns {\n      roi\n      since\n      breakEvenAt\n    }\n  }\n": typeof types.ProfitFigures_ProfitFragmentDoc,
    "\n  query RentNodeChoices($search: String) {\n    nodes(first: 100, filter: { search: $search }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n": typeof types.RentNodeChoicesDocument,
    "\n  mutation SetNodeRent($input: SetNodeRentInput!) {\n    setNodeRent(input: $input) {\n      id\n      nodeId\n    }\n  }\n": typeof types.SetNodeRentDocument,
    "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n": typeof types.RequestList_RequestFragmentDoc,
    "\n  query RequestNodeCandidates($search: String, $ownerId: ID!) {\n    nodes(first: 50, filter: { search: $search, ownerId: $ownerId }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n": typeof types.RequestNodeCandidatesDocument,
    "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n": typeof types.RequestQueueItem_RequestFragmentDoc,
    "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n": typeof types.StatsFreshness_NodeFragmentDoc,
    "\n  fragment StatusReason_details on NodeStatusDetails {\n    jailedUntil\n    exclusionReason\n    missedRate\n    invalidationRate\n    confirmationPocRatio\n    threshold\n  }\n": typeof types.StatusReason_DetailsFragmentDoc,
    "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n    rule\n    details {\n      ...StatusReason_details\n    }\n  }\n": typeof types.StatusTimeline_ChangeFragmentDoc,
    "\n  fragment UptimeTimeline_point on NodeEpochMetrics {\n    epoch\n    startedAt\n    inProgress\n    uptimePercent\n  }\n": typeof types.UptimeTimeline_PointFragmentDoc,
    "\n  query RefreshInterval {\n    serverInfo {\n      cacheTtlSeconds\n    }\n  }\n": typeof types.RefreshIntervalDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n": typeof types.AcknowledgeAllAlertsDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n": typeof types.AlertChangedDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n": typeof types.DashboardChangedDocument,
    "\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n": typeof types.NodeStatusChangedDocument,
    "\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n": typeof types.ProfileLanguageDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  mutation AssignNodes($input: AssignNodesInput!) {\n    assignNodes(input: $input) {\n      applied\n      assignedCount\n      lines {\n        line\n        identifier\n        outcome\n        code\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AssignNodesDocument,
    "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMailDocument,
    "\n  query AdminNodes($first: Int!, $filter: NodesFilterInput, $orderBy: NodeOrderInput, $after: String, $userSearch: String) {\n    nodes(first: $first, filter: $filter, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AdminNodesDocument,
    "\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AssignNodeDocument,
    "\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.UnassignNodeDocument,
    "\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n": typeof types.AdminRequestsDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n": typeof types.UpdateSupportRequestDocument,
    "\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n": typeof types.AdminStatsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      earningsMonthValue {\n        # Read here too: a GNK preference drops the \"·\" before the value.\n        currency\n        ...FiatAmount_value\n      }\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    price {\n      source\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n": typeof types.NodeAlertsDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      ...CloudInstanceCard_node\n      ...ExpectedVsRealisedCard_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n    price {\n      source\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.NodeEpochsDocument,
    "\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n": typeof types.NodeHistoryDocument,
    "\n  query NodeMetricsHistory($id: ID!, $epochs: Int!) {\n    node(id: $id) {\n      id\n      metricsHistory(epochs: $epochs) {\n        ...MetricsHistory_point\n      }\n    }\n  }\n": typeof types.NodeMetricsHistoryDocument,
    "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n    price {\n      source\n    }\n  }\n": typeof types.NodesPageDocument,
    "\n  query ApiTokensSection {\n    apiTokens {\n      id\n      ...ApiTokenList_token\n    }\n  }\n": typeof types.ApiTokensSectionDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenList_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query NotificationSettings {\n    me {\n      id\n      role\n      ...AlertRulesForm_user\n    }\n    notificationChannels {\n      id\n      ...ChannelList_channel\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateAlertRules($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...AlertRulesForm_user\n    }\n  }\n": typeof types.UpdateAlertRulesDocument,
    "\n  query ProfilePage {\n    me {\n      id\n      email\n      role\n      createdAt\n      ...ProfileForm_user\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      secret\n      channel {\n        id\n        telegramLinkUrl\n        ...ChannelList_channel\n      }\n    }\n  }\n": typeof types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      id\n      ...ChannelList_channel\n    }\n  }\n": typeof types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": typeof types.DeleteNotificationChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.SendTestNotificationDocument,
    "\n  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      ...RequestList_request\n    }\n  }\n": typeof types.CreateSupportRequestDocument,
    "\n  query ExpectedEarnings($gpuModel: String!, $quantity: Int!) {\n    expectedEarnings(gpuModel: $gpuModel, quantity: $quantity) {\n      unavailableReason\n      expected {\n        ...ExpectedEarningsFigures_expected\n      }\n    }\n  }\n": typeof types.ExpectedEarningsDocument,
    "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n": typeof types.RequestsPageDocument,
    "\n  query StatementCustomers($search: String) {\n    users(first: 20, search: $search) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.StatementCustomersDocument,
    "\n  query StatementPage($month: String!, $userId: ID) {\n    statement(month: $month, userId: $userId) {\n      month\n      currency\n      customerEmail\n      generatedAt\n      partial\n      priceSource\n      totals { gnk value rent net epochs }\n      nodes {\n        nodeId\n        name\n        identifier\n        totals { gnk value rent net epochs }\n        lines { epoch settledAt gnk price priceDay value rentShare net }\n      }\n    }\n  }\n": typeof types.StatementPageDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "\n  query HeaderPrice {\n    me {\n      id\n      currencyPreference\n    }\n    price {\n      ...PriceLine_price\n    }\n  }\n": types.HeaderPriceDocument,
    "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n": types.ActivityFeed_EventFragmentDoc,
    "\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n": types.AlertBellDocument,
    "\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n": types.AlertDeliveries_DeliveryFragmentDoc,
    "\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n": types.AlertItem_AlertFragmentDoc,
    "\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n": types.AlertList_ConnectionFragmentDoc,
    "\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n": types.AlertRulesForm_UserFragmentDoc,
    "\n  fragment ApiTokenList_token on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": types.ApiTokenList_TokenFragmentDoc,
    "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": types.ChannelList_ChannelFragmentDoc,
    "\n  fragment CloudInstanceCard_node on Node {\n    id\n    cloudInstance {\n      id\n      name\n      flavor\n      gpus {\n        model\n        count\n      }\n      region\n      regionId\n      projectId\n      status\n      fetchedAt\n      stale\n    }\n  }\n": types.CloudInstanceCard_NodeFragmentDoc,
    "\n  mutation LinkCloudInstance($input: LinkCloudInstanceInput!) {\n    linkCloudInstance(input: $input) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n": types.LinkCloudInstanceDocument,
    "\n  mutation UnlinkCloudInstance($nodeId: ID!) {\n    unlinkCloudInstance(nodeId: $nodeId) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n": types.UnlinkCloudInstanceDocument,
    "\n  query CurrencyPreference {\n    me {\n      id\n      currencyPreference\n    }\n  }\n": types.CurrencyPreferenceDocument,
    "\n  mutation SaveCurrency($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      currencyPreference\n    }\n  }\n": types.SaveCurrencyDocument,
    "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n": types.DemoBannerDocument,
    "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    amountValue {\n      ...FiatAmount_value\n    }\n    periodStart\n    epoch\n  }\n": types.EarningsChart_PointFragmentDoc,
    "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    verdict\n  }\n": types.EpochRewardChart_OutcomeFragmentDoc,
    "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimatedRewardValue {\n      ...FiatAmount_value\n    }\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n": types.EpochRiskGauge_RiskFragmentDoc,
    "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n": types.EpochTable_OutcomeFragmentDoc,
    "\n  fragment ExpectedEarningsFigures_expected on ExpectedEarnings {\n    quantity\n    perEpoch\n    perDay\n    perEpochValue {\n      ...FiatAmount_value\n    }\n    perDayValue {\n      ...FiatAmount_value\n    }\n    computedAt\n    basis {\n      gpuModel\n      medianPerGpu\n      epochs\n      fromEpoch\n      toEpoch\n      networkNodes\n    }\n  }\n": types.ExpectedEarningsFigures_ExpectedFragmentDoc,
    "\n  fragment ExpectedVsRealisedCard_node on Node {\n    expectedVsRealised {\n      requestId\n      expectedAt\n      nodesOfRequest\n      expectedPerEpoch\n      expectedPerEpochValue {\n        ...FiatAmount_value\n      }\n      expectedPerDay\n      expectedPerDayValue {\n        ...FiatAmount_value\n      }\n      realisedMedianPerEpoch\n      realisedMedianPerEpochValue {\n        ...FiatAmount_value\n      }\n      realisedMeanPerEpoch\n      realisedMeanPerEpochValue {\n        ...FiatAmount_value\n      }\n      epochsCounted\n      ratioPercent\n      basis {\n        gpuModel\n      }\n    }\n  }\n": types.ExpectedVsRealisedCard_NodeFragmentDoc,
    "\n  fragment FiatAmount_value on FiatValue {\n    amount\n    currency\n    price\n    priceAt\n    stale\n  }\n": types.FiatAmount_ValueFragmentDoc,
    "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n": types.NodeInferenceJobsDocument,
    "\n  fragment MetricsHistory_point on NodeEpochMetrics {\n    epoch\n    inProgress\n    tokensPerSec\n    inferenceCount\n    missedRequests\n    totalRequests\n    missRate\n    ...UptimeTimeline_point\n  }\n": types.MetricsHistory_PointFragmentDoc,
    "\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n": types.MuteControl_NodeFragmentDoc,
    "\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n": types.MuteNodeDocument,
    "\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n": types.UnmuteNodeDocument,
    "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      amountValue {\n        ...FiatAmount_value\n      }\n      deadline\n      count\n    }\n    expiredThisMonth\n    expiredThisMonthValue {\n      ...FiatAmount_value\n    }\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      amountValue {\n        # Read here too: a GNK preference shows no value cell on the line.\n        currency\n        ...FiatAmount_value\n      }\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n": types.NeedsAttention_DashboardFragmentDoc,
    "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n  }\n": types.NodeMetrics_NodeFragmentDoc,
    "\n  fragment NodeRentChart_profit on Profit {\n    currency\n    daily {\n      day\n      income\n      rent\n    }\n  }\n": types.NodeRentChart_ProfitFragmentDoc,
    "\n  query NodeRentPanel($id: ID!) {\n    node(id: $id) {\n      id\n      rents {\n        id\n        amount\n        currency\n        period\n        validFrom\n        validUntil\n      }\n      profit {\n        currency\n        ...NodeRentChart_profit\n        ...ProfitFigures_profit\n      }\n    }\n  }\n": types.NodeRentPanelDocument,
    "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    cloudInstance {\n      region\n    }\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n": types.NodeSpecs_NodeFragmentDoc,
    "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      ...StatusReason_details\n    }\n  }\n": types.NodeStatusBadge_NodeFragmentDoc,
    "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n": types.NodeTable_NodeFragmentDoc,
    "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n": types.NodeWeight_NodeFragmentDoc,
    "\n  fragment PriceLine_price on Price {\n    usd\n    eur\n    at\n    source\n    stale\n  }\n": types.PriceLine_PriceFragmentDoc,
    "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n": types.ProfileForm_UserFragmentDoc,
    "\n  query ProfitCard {\n    me {\n      id\n      currencyPreference\n    }\n    dashboard {\n      profit {\n        ...ProfitFigures_profit\n      }\n    }\n  }\n": types.ProfitCardDocument,
    "\n  fragment ProfitFigures_profit on Profit {\n    currency\n    incomeGnk\n    income\n    rent\n    net\n    margin\n    nodesWithoutRent\n    priceSource\n    projection {\n      projected\n      income\n      rent\n      net\n      settledIncome\n      currentEpochEstimate\n      currentEpochEstimateValue {\n        amount\n      }\n      paceGnkPerDay\n      remainingIncome\n    }\n    returns {\n      roi\n      since\n      breakEvenAt\n    }\n  }\n": types.ProfitFigures_ProfitFragmentDoc,
    "\n  query RentNodeChoices($search: String) {\n    nodes(first: 100, filter: { search: $search }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n": types.RentNodeChoicesDocument,
    "\n  mutation SetNodeRent($input: SetNodeRentInput!) {\n    setNodeRent(input: $input) {\n      id\n      nodeId\n    }\n  }\n": types.SetNodeRentDocument,
    "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n": types.RequestList_RequestFragmentDoc,
    "\n  query RequestNodeCandidates($search: String, $ownerId: ID!) {\n    nodes(first: 50, filter: { search: $search, ownerId: $ownerId }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n": types.RequestNodeCandidatesDocument,
    "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n": types.RequestQueueItem_RequestFragmentDoc,
    "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n": types.StatsFreshness_NodeFragmentDoc,
    "\n  fragment StatusReason_details on NodeStatusDetails {\n    jailedUntil\n    exclusionReason\n    missedRate\n    invalidationRate\n    confirmationPocRatio\n    threshold\n  }\n": types.StatusReason_DetailsFragmentDoc,
    "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n    rule\n    details {\n      ...StatusReason_details\n    }\n  }\n": types.StatusTimeline_ChangeFragmentDoc,
    "\n  fragment UptimeTimeline_point on NodeEpochMetrics {\n    epoch\n    startedAt\n    inProgress\n    uptimePercent\n  }\n": types.UptimeTimeline_PointFragmentDoc,
    "\n  query RefreshInterval {\n    serverInfo {\n      cacheTtlSeconds\n    }\n  }\n": types.RefreshIntervalDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n": types.AcknowledgeAllAlertsDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n": types.AlertChangedDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n": types.DashboardChangedDocument,
    "\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n": types.NodeStatusChangedDocument,
    "\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n": types.ProfileLanguageDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  mutation AssignNodes($input: AssignNodesInput!) {\n    assignNodes(input: $input) {\n      applied\n      assignedCount\n      lines {\n        line\n        identifier\n        outcome\n        code\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AssignNodesDocument,
    "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": types.AdminMailDocument,
    "\n  query AdminNodes($first: Int!, $filter: NodesFilterInput, $orderBy: NodeOrderInput, $after: String, $userSearch: String) {\n    nodes(first: $first, filter: $filter, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.AdminNodesDocument,
    "\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.AssignNodeDocument,
    "\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.UnassignNodeDocument,
    "\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n": types.AdminRequestsDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n": types.UpdateSupportRequestDocument,
    "\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n": types.AdminStatsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n": types.AlertsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      earningsMonthValue {\n        # Read here too: a GNK preference drops the \"·\" before the value.\n        currency\n        ...FiatAmount_value\n      }\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    price {\n      source\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n": types.NodeAlertsDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      ...CloudInstanceCard_node\n      ...ExpectedVsRealisedCard_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n    price {\n      source\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n": types.NodeEpochsDocument,
    "\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n": types.NodeHistoryDocument,
    "\n  query NodeMetricsHistory($id: ID!, $epochs: Int!) {\n    node(id: $id) {\n      id\n      metricsHistory(epochs: $epochs) {\n        ...MetricsHistory_point\n      }\n    }\n  }\n": types.NodeMetricsHistoryDocument,
    "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n    price {\n      source\n    }\n  }\n": types.NodesPageDocument,
    "\n  query ApiTokensSection {\n    apiTokens {\n      id\n      ...ApiTokenList_token\n    }\n  }\n": types.ApiTokensSectionDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenList_token\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query NotificationSettings {\n    me {\n      id\n      role\n      ...AlertRulesForm_user\n    }\n    notificationChannels {\n      id\n      ...ChannelList_channel\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateAlertRules($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...AlertRulesForm_user\n    }\n  }\n": types.UpdateAlertRulesDocument,
    "\n  query ProfilePage {\n    me {\n      id\n      email\n      role\n      createdAt\n      ...ProfileForm_user\n    }\n  }\n": types.ProfilePageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      secret\n      channel {\n        id\n        telegramLinkUrl\n        ...ChannelList_channel\n      }\n    }\n  }\n": types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      id\n      ...ChannelList_channel\n    }\n  }\n": types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": types.DeleteNotificationChannelDocument,
    "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": types.SendTestNotificationDocument,
    "\n  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      ...RequestList_request\n    }\n  }\n": types.CreateSupportRequestDocument,
    "\n  query ExpectedEarnings($gpuModel: String!, $quantity: Int!) {\n    expectedEarnings(gpuModel: $gpuModel, quantity: $quantity) {\n      unavailableReason\n      expected {\n        ...ExpectedEarningsFigures_expected\n      }\n    }\n  }\n": types.ExpectedEarningsDocument,
    "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n": types.RequestsPageDocument,
    "\n  query StatementCustomers($search: String) {\n    users(first: 20, search: $search) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.StatementCustomersDocument,
    "\n  query StatementPage($month: String!, $userId: ID) {\n    statement(month: $month, userId: $userId) {\n      month\n      currency\n      customerEmail\n      generatedAt\n      partial\n      priceSource\n      totals { gnk value rent net epochs }\n      nodes {\n        nodeId\n        name\n        identifier\n        totals { gnk value rent net epochs }\n        lines { epoch settledAt gnk price priceDay value rentShare net }\n      }\n    }\n  }\n": types.StatementPageDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaderPrice {\n    me {\n      id\n      currencyPreference\n    }\n    price {\n      ...PriceLine_price\n    }\n  }\n"): (typeof documents)["\n  query HeaderPrice {\n    me {\n      id\n      currencyPreference\n    }\n    price {\n      ...PriceLine_price\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n"): (typeof documents)["\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n"): (typeof documents)["\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenList_token on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenList_token on ApiToken {\n    id\n    name\n    scope\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CloudInstanceCard_node on Node {\n    id\n    cloudInstance {\n      id\n      name\n      flavor\n      gpus {\n        model\n        count\n      }\n      region\n      regionId\n      projectId\n      status\n      fetchedAt\n      stale\n    }\n  }\n"): (typeof documents)["\n  fragment CloudInstanceCard_node on Node {\n    id\n    cloudInstance {\n      id\n      name\n      flavor\n      gpus {\n        model\n        count\n      }\n      region\n      regionId\n      projectId\n      status\n      fetchedAt\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCloudInstance($input: LinkCloudInstanceInput!) {\n    linkCloudInstance(input: $input) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n"): (typeof documents)["\n  mutation LinkCloudInstance($input: LinkCloudInstanceInput!) {\n    linkCloudInstance(input: $input) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkCloudInstance($nodeId: ID!) {\n    unlinkCloudInstance(nodeId: $nodeId) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkCloudInstance($nodeId: ID!) {\n    unlinkCloudInstance(nodeId: $nodeId) {\n      id\n      ...CloudInstanceCard_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrencyPreference {\n    me {\n      id\n      currencyPreference\n    }\n  }\n"): (typeof documents)["\n  query CurrencyPreference {\n    me {\n      id\n      currencyPreference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCurrency($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      currencyPreference\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCurrency($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      currencyPreference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n"): (typeof documents)["\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    amountValue {\n      ...FiatAmount_value\n    }\n    periodStart\n    epoch\n  }\n"): (typeof documents)["\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    amountValue {\n      ...FiatAmount_value\n    }\n    periodStart\n    epoch\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    verdict\n  }\n"): (typeof documents)["\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    verdict\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimatedRewardValue {\n      ...FiatAmount_value\n    }\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n"): (typeof documents)["\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimatedRewardValue {\n      ...FiatAmount_value\n    }\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n"): (typeof documents)["\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    rewardedValue {\n      ...FiatAmount_value\n    }\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpectedEarningsFigures_expected on ExpectedEarnings {\n    quantity\n    perEpoch\n    perDay\n    perEpochValue {\n      ...FiatAmount_value\n    }\n    perDayValue {\n      ...FiatAmount_value\n    }\n    computedAt\n    basis {\n      gpuModel\n      medianPerGpu\n      epochs\n      fromEpoch\n      toEpoch\n      networkNodes\n    }\n  }\n"): (typeof documents)["\n  fragment ExpectedEarningsFigures_expected on ExpectedEarnings {\n    quantity\n    perEpoch\n    perDay\n    perEpochValue {\n      ...FiatAmount_value\n    }\n    perDayValue {\n      ...FiatAmount_value\n    }\n    computedAt\n    basis {\n      gpuModel\n      medianPerGpu\n      epochs\n      fromEpoch\n      toEpoch\n      networkNodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpectedVsRealisedCard_node on Node {\n    expectedVsRealised {\n      requestId\n      expectedAt\n      nodesOfRequest\n      expectedPerEpoch\n      expectedPerEpochValue {\n        ...FiatAmount_value\n      }\n      expectedPerDay\n      expectedPerDayValue {\n        ...FiatAmount_value\n      }\n      realisedMedianPerEpoch\n      realisedMedianPerEpochValue {\n        ...FiatAmount_value\n      }\n      realisedMeanPerEpoch\n      realisedMeanPerEpochValue {\n        ...FiatAmount_value\n      }\n      epochsCounted\n      ratioPercent\n      basis {\n        gpuModel\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExpectedVsRealisedCard_node on Node {\n    expectedVsRealised {\n      requestId\n      expectedAt\n      nodesOfRequest\n      expectedPerEpoch\n      expectedPerEpochValue {\n        ...FiatAmount_value\n      }\n      expectedPerDay\n      expectedPerDayValue {\n        ...FiatAmount_value\n      }\n      realisedMedianPerEpoch\n      realisedMedianPerEpochValue {\n        ...FiatAmount_value\n      }\n      realisedMeanPerEpoch\n      realisedMeanPerEpochValue {\n        ...FiatAmount_value\n      }\n      epochsCounted\n      ratioPercent\n      basis {\n        gpuModel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FiatAmount_value on FiatValue {\n    amount\n    currency\n    price\n    priceAt\n    stale\n  }\n"): (typeof documents)["\n  fragment FiatAmount_value on FiatValue {\n    amount\n    currency\n    price\n    priceAt\n    stale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricsHistory_point on NodeEpochMetrics {\n    epoch\n    inProgress\n    tokensPerSec\n    inferenceCount\n    missedRequests\n    totalRequests\n    missRate\n    ...UptimeTimeline_point\n  }\n"): (typeof documents)["\n  fragment MetricsHistory_point on NodeEpochMetrics {\n    epoch\n    inProgress\n    tokensPerSec\n    inferenceCount\n    missedRequests\n    totalRequests\n    missRate\n    ...UptimeTimeline_point\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n"): (typeof documents)["\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n"): (typeof documents)["\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n"): (typeof documents)["\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      amountValue {\n        ...FiatAmount_value\n      }\n      deadline\n      count\n    }\n    expiredThisMonth\n    expiredThisMonthValue {\n      ...FiatAmount_value\n    }\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      amountValue {\n        # Read here too: a GNK preference shows no value cell on the line.\n        currency\n        ...FiatAmount_value\n      }\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      amountValue {\n        ...FiatAmount_value\n      }\n      deadline\n      count\n    }\n    expiredThisMonth\n    expiredThisMonthValue {\n      ...FiatAmount_value\n    }\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      amountValue {\n        # Read here too: a GNK preference shows no value cell on the line.\n        currency\n        ...FiatAmount_value\n      }\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n  }\n"): (typeof documents)["\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeRentChart_profit on Profit {\n    currency\n    daily {\n      day\n      income\n      rent\n    }\n  }\n"): (typeof documents)["\n  fragment NodeRentChart_profit on Profit {\n    currency\n    daily {\n      day\n      income\n      rent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeRentPanel($id: ID!) {\n    node(id: $id) {\n      id\n      rents {\n        id\n        amount\n        currency\n        period\n        validFrom\n        validUntil\n      }\n      profit {\n        currency\n        ...NodeRentChart_profit\n        ...ProfitFigures_profit\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeRentPanel($id: ID!) {\n    node(id: $id) {\n      id\n      rents {\n        id\n        amount\n        currency\n        period\n        validFrom\n        validUntil\n      }\n      profit {\n        currency\n        ...NodeRentChart_profit\n        ...ProfitFigures_profit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    cloudInstance {\n      region\n    }\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    cloudInstance {\n      region\n    }\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      ...StatusReason_details\n    }\n  }\n"): (typeof documents)["\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      ...StatusReason_details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n"): (typeof documents)["\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsDayValue {\n      ...FiatAmount_value\n    }\n    earningsTotal\n    earningsTotalValue {\n      ...FiatAmount_value\n    }\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n"): (typeof documents)["\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceLine_price on Price {\n    usd\n    eur\n    at\n    source\n    stale\n  }\n"): (typeof documents)["\n  fragment PriceLine_price on Price {\n    usd\n    eur\n    at\n    source\n    stale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfitCard {\n    me {\n      id\n      currencyPreference\n    }\n    dashboard {\n      profit {\n        ...ProfitFigures_profit\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfitCard {\n    me {\n      id\n      currencyPreference\n    }\n    dashboard {\n      profit {\n        ...ProfitFigures_profit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfitFigures_profit on Profit {\n    currency\n    incomeGnk\n    income\n    rent\n    net\n    margin\n    nodesWithoutRent\n    priceSource\n    projection {\n      projected\n      income\n      rent\n      net\n      settledIncome\n      currentEpochEstimate\n      currentEpochEstimateValue {\n        amount\n      }\n      paceGnkPerDay\n      remainingIncome\n    }\n    returns {\n      roi\n      since\n      breakEvenAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProfitFigures_profit on Profit {\n    currency\n    incomeGnk\n    income\n    rent\n    net\n    margin\n    nodesWithoutRent\n    priceSource\n    projection {\n      projected\n      income\n      rent\n      net\n      settledIncome\n      currentEpochEstimate\n      currentEpochEstimateValue {\n        amount\n      }\n      paceGnkPerDay\n      remainingIncome\n    }\n    returns {\n      roi\n      since\n      breakEvenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RentNodeChoices($search: String) {\n    nodes(first: 100, filter: { search: $search }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  query RentNodeChoices($search: String) {\n    nodes(first: 100, filter: { search: $search }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNodeRent($input: SetNodeRentInput!) {\n    setNodeRent(input: $input) {\n      id\n      nodeId\n    }\n  }\n"): (typeof documents)["\n  mutation SetNodeRent($input: SetNodeRentInput!) {\n    setNodeRent(input: $input) {\n      id\n      nodeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n"): (typeof documents)["\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestNodeCandidates($search: String, $ownerId: ID!) {\n    nodes(first: 50, filter: { search: $search, ownerId: $ownerId }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestNodeCandidates($search: String, $ownerId: ID!) {\n    nodes(first: 50, filter: { search: $search, ownerId: $ownerId }) {\n      nodes {\n        id\n        displayName\n        identifier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n"): (typeof documents)["\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n    nodes {\n      id\n      displayName\n      identifier\n    }\n    expectedEarnings {\n      ...ExpectedEarningsFigures_expected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n"): (typeof documents)["\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusReason_details on NodeStatusDetails {\n    jailedUntil\n    exclusionReason\n    missedRate\n    invalidationRate\n    confirmationPocRatio\n    threshold\n  }\n"): (typeof documents)["\n  fragment StatusReason_details on NodeStatusDetails {\n    jailedUntil\n    exclusionReason\n    missedRate\n    invalidationRate\n    confirmationPocRatio\n    threshold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n    rule\n    details {\n      ...StatusReason_details\n    }\n  }\n"): (typeof documents)["\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n    rule\n    details {\n      ...StatusReason_details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UptimeTimeline_point on NodeEpochMetrics {\n    epoch\n    startedAt\n    inProgress\n    uptimePercent\n  }\n"): (typeof documents)["\n  fragment UptimeTimeline_point on NodeEpochMetrics {\n    epoch\n    startedAt\n    inProgress\n    uptimePercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefreshInterval {\n    serverInfo {\n      cacheTtlSeconds\n    }\n  }\n"): (typeof documents)["\n  query RefreshInterval {\n    serverInfo {\n      cacheTtlSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n"): (typeof documents)["\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignNodes($input: AssignNodesInput!) {\n    assignNodes(input: $input) {\n      applied\n      assignedCount\n      lines {\n        line\n        identifier\n        outcome\n        code\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignNodes($input: AssignNodesInput!) {\n    assignNodes(input: $input) {\n      applied\n      assignedCount\n      lines {\n        line\n        identifier\n        outcome\n        code\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNodes($first: Int!, $filter: NodesFilterInput, $orderBy: NodeOrderInput, $after: String, $userSearch: String) {\n    nodes(first: $first, filter: $filter, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminNodes($first: Int!, $filter: NodesFilterInput, $orderBy: NodeOrderInput, $after: String, $userSearch: String) {\n    nodes(first: $first, filter: $filter, orderBy: $orderBy, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n"): (typeof documents)["\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      earningsMonthValue {\n        # Read here too: a GNK preference drops the \"·\" before the value.\n        currency\n        ...FiatAmount_value\n      }\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    price {\n      source\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      earningsMonthValue {\n        # Read here too: a GNK preference drops the \"·\" before the value.\n        currency\n        ...FiatAmount_value\n      }\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    price {\n      source\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      ...CloudInstanceCard_node\n      ...ExpectedVsRealisedCard_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n    price {\n      source\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        ...StatusReason_details\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      ...CloudInstanceCard_node\n      ...ExpectedVsRealisedCard_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n    price {\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeMetricsHistory($id: ID!, $epochs: Int!) {\n    node(id: $id) {\n      id\n      metricsHistory(epochs: $epochs) {\n        ...MetricsHistory_point\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeMetricsHistory($id: ID!, $epochs: Int!) {\n    node(id: $id) {\n      id\n      metricsHistory(epochs: $epochs) {\n        ...MetricsHistory_point\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n    price {\n      source\n    }\n  }\n"): (typeof documents)["\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n    price {\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensSection {\n    apiTokens {\n      id\n      ...ApiTokenList_token\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensSection {\n    apiTokens {\n      id\n      ...ApiTokenList_token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenList_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        ...ApiTokenList_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    me {\n      id\n      role\n      ...AlertRulesForm_user\n    }\n    notificationChannels {\n      id\n      ...ChannelList_channel\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    me {\n      id\n      role\n      ...AlertRulesForm_user\n    }\n    notificationChannels {\n      id\n      ...ChannelList_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlertRules($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...AlertRulesForm_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlertRules($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...AlertRulesForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage {\n    me {\n      id\n      email\n      role\n      createdAt\n      ...ProfileForm_user\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage {\n    me {\n      id\n      email\n      role\n      createdAt\n      ...ProfileForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      ...ProfileForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      secret\n      channel {\n        id\n        telegramLinkUrl\n        ...ChannelList_channel\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      secret\n      channel {\n        id\n        telegramLinkUrl\n        ...ChannelList_channel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      id\n      ...ChannelList_channel\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      id\n      ...ChannelList_channel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestNotification($channelId: ID!) {\n    sendTestNotification(channelId: $channelId) {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      ...RequestList_request\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      ...RequestList_request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpectedEarnings($gpuModel: String!, $quantity: Int!) {\n    expectedEarnings(gpuModel: $gpuModel, quantity: $quantity) {\n      unavailableReason\n      expected {\n        ...ExpectedEarningsFigures_expected\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpectedEarnings($gpuModel: String!, $quantity: Int!) {\n    expectedEarnings(gpuModel: $gpuModel, quantity: $quantity) {\n      unavailableReason\n      expected {\n        ...ExpectedEarningsFigures_expected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCustomers($search: String) {\n    users(first: 20, search: $search) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementCustomers($search: String) {\n    users(first: 20, search: $search) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementPage($month: String!, $userId: ID) {\n    statement(month: $month, userId: $userId) {\n      month\n      currency\n      customerEmail\n      generatedAt\n      partial\n      priceSource\n      totals { gnk value rent net epochs }\n      nodes {\n        nodeId\n        name\n        identifier\n        totals { gnk value rent net epochs }\n        lines { epoch settledAt gnk price priceDay value rentShare net }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementPage($month: String!, $userId: ID) {\n    statement(month: $month, userId: $userId) {\n      month\n      currency\n      customerEmail\n      generatedAt\n      partial\n      priceSource\n      totals { gnk value rent net epochs }\n      nodes {\n        nodeId\n        name\n        identifier\n        totals { gnk value rent net epochs }\n        lines { epoch settledAt gnk price priceDay value rentShare net }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;