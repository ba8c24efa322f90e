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
    "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n": typeof types.ActivityFeed_EventFragmentDoc,
    "\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n": typeof types.AlertBellDocument,
    "\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n": typeof types.AlertDeliveries_DeliveryFragmentDoc,
    "\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n": typeof types.AlertItem_AlertFragmentDoc,
    "\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n": typeof types.AlertList_ConnectionFragmentDoc,
    "\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n": typeof types.AlertRulesForm_UserFragmentDoc,
    "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.ChannelList_ChannelFragmentDoc,
    "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n": typeof types.DemoBannerDocument,
    "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    periodStart\n    epoch\n  }\n": typeof types.EarningsChart_PointFragmentDoc,
    "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    verdict\n  }\n": typeof types.EpochRewardChart_OutcomeFragmentDoc,
    "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n": typeof types.EpochRiskGauge_RiskFragmentDoc,
    "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n": typeof types.EpochTable_OutcomeFragmentDoc,
    "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n": typeof types.NodeInferenceJobsDocument,
    "\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n": typeof types.MuteControl_NodeFragmentDoc,
    "\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n": typeof types.MuteNodeDocument,
    "\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n": typeof types.UnmuteNodeDocument,
    "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      deadline\n      count\n    }\n    expiredThisMonth\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n": typeof types.NeedsAttention_DashboardFragmentDoc,
    "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n  }\n": typeof types.NodeMetrics_NodeFragmentDoc,
    "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n": typeof types.NodeSpecs_NodeFragmentDoc,
    "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      jailedUntil\n      exclusionReason\n      missedRate\n      invalidationRate\n      confirmationPocRatio\n      threshold\n    }\n  }\n": typeof types.NodeStatusBadge_NodeFragmentDoc,
    "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n": typeof types.NodeTable_NodeFragmentDoc,
    "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n": typeof types.NodeWeight_NodeFragmentDoc,
    "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n": typeof types.ProfileForm_UserFragmentDoc,
    "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n  }\n": typeof types.RequestList_RequestFragmentDoc,
    "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.RequestQueueItem_RequestFragmentDoc,
    "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n": typeof types.StatsFreshness_NodeFragmentDoc,
    "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n  }\n": typeof types.StatusTimeline_ChangeFragmentDoc,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n": typeof types.AcknowledgeAllAlertsDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n": typeof types.AlertChangedDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n": typeof types.DashboardChangedDocument,
    "\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n": typeof types.NodeStatusChangedDocument,
    "\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n": typeof types.ProfileLanguageDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n": typeof types.SaveLanguageDocument,
    "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMailDocument,
    "\n  query AdminNodes($filter: NodesFilterInput, $after: String, $userSearch: String) {\n    nodes(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AdminNodesDocument,
    "\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AssignNodeDocument,
    "\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": typeof types.UnassignNodeDocument,
    "\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n": typeof types.AdminRequestsDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n": typeof types.UpdateSupportRequestDocument,
    "\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n": typeof types.AdminStatsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n": typeof types.NodeAlertsDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.NodeEpochsDocument,
    "\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n": typeof types.NodeHistoryDocument,
    "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": typeof types.NodesPageDocument,
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
    "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n": typeof types.RequestsPageDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
};
const documents: Documents = {
    "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n": types.ActivityFeed_EventFragmentDoc,
    "\n  query AlertBell($first: Int!) {\n    unreadAlertCount\n    alerts(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...AlertItem_alert\n        }\n      }\n    }\n  }\n": types.AlertBellDocument,
    "\n  fragment AlertDeliveries_delivery on NotificationDelivery {\n    id\n    event\n    status\n    attempts\n    error\n    createdAt\n    sentAt\n    channel {\n      id\n      kind\n      label\n    }\n  }\n": types.AlertDeliveries_DeliveryFragmentDoc,
    "\n  fragment AlertItem_alert on Alert {\n    id\n    kind\n    severity\n    state\n    title\n    message\n    link\n    openedAt\n    resolvedAt\n    acknowledgedAt\n    muted\n    node {\n      id\n      displayName\n      identifier\n    }\n  }\n": types.AlertItem_AlertFragmentDoc,
    "\n  fragment AlertList_connection on AlertConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...AlertItem_alert\n        deliveries {\n          ...AlertDeliveries_delivery\n        }\n      }\n    }\n  }\n": types.AlertList_ConnectionFragmentDoc,
    "\n  fragment AlertRulesForm_user on User {\n    alertRules {\n      holdRefreshes\n      claimWindowHours\n      earningsDropShare\n      reminderMinutes\n    }\n  }\n": types.AlertRulesForm_UserFragmentDoc,
    "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n": types.ChannelList_ChannelFragmentDoc,
    "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n": types.DemoBannerDocument,
    "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    periodStart\n    epoch\n  }\n": types.EarningsChart_PointFragmentDoc,
    "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    verdict\n  }\n": types.EpochRewardChart_OutcomeFragmentDoc,
    "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n": types.EpochRiskGauge_RiskFragmentDoc,
    "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n": types.EpochTable_OutcomeFragmentDoc,
    "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n": types.NodeInferenceJobsDocument,
    "\n  fragment MuteControl_node on Node {\n    id\n    mutedUntil\n  }\n": types.MuteControl_NodeFragmentDoc,
    "\n  mutation MuteNode($id: ID!, $until: DateTime!) {\n    muteNode(id: $id, until: $until) {\n      id\n      ...MuteControl_node\n    }\n  }\n": types.MuteNodeDocument,
    "\n  mutation UnmuteNode($id: ID!) {\n    unmuteNode(id: $id) {\n      id\n      ...MuteControl_node\n    }\n  }\n": types.UnmuteNodeDocument,
    "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      deadline\n      count\n    }\n    expiredThisMonth\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n": types.NeedsAttention_DashboardFragmentDoc,
    "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n  }\n": types.NodeMetrics_NodeFragmentDoc,
    "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n": types.NodeSpecs_NodeFragmentDoc,
    "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      jailedUntil\n      exclusionReason\n      missedRate\n      invalidationRate\n      confirmationPocRatio\n      threshold\n    }\n  }\n": types.NodeStatusBadge_NodeFragmentDoc,
    "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n": types.NodeTable_NodeFragmentDoc,
    "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n": types.NodeWeight_NodeFragmentDoc,
    "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n": types.ProfileForm_UserFragmentDoc,
    "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n  }\n": types.RequestList_RequestFragmentDoc,
    "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n  }\n": types.RequestQueueItem_RequestFragmentDoc,
    "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n": types.StatsFreshness_NodeFragmentDoc,
    "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n  }\n": types.StatusTimeline_ChangeFragmentDoc,
    "\n  mutation AcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      ...AlertItem_alert\n    }\n  }\n": types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAllAlerts {\n    acknowledgeAllAlerts\n  }\n": types.AcknowledgeAllAlertsDocument,
    "\n  subscription AlertChanged {\n    alertChanged {\n      id\n      ...AlertItem_alert\n    }\n  }\n": types.AlertChangedDocument,
    "\n  subscription DashboardChanged {\n    dashboardChanged {\n      reason\n      at\n    }\n  }\n": types.DashboardChangedDocument,
    "\n  subscription NodeStatusChanged {\n    nodeStatusChanged {\n      node {\n        id\n        status\n        statusReason\n      }\n      status\n      previousStatus\n      at\n    }\n  }\n": types.NodeStatusChangedDocument,
    "\n  query ProfileLanguage {\n    me {\n      id\n      language\n    }\n  }\n": types.ProfileLanguageDocument,
    "\n  mutation SaveLanguage($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      language\n    }\n  }\n": types.SaveLanguageDocument,
    "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n": types.AdminMailDocument,
    "\n  query AdminNodes($filter: NodesFilterInput, $after: String, $userSearch: String) {\n    nodes(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.AdminNodesDocument,
    "\n  mutation AssignNode($input: AssignNodeInput!) {\n    assignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.AssignNodeDocument,
    "\n  mutation UnassignNode($input: UnassignNodeInput!) {\n    unassignNode(input: $input) {\n      id\n      owner {\n        id\n        email\n      }\n    }\n  }\n": types.UnassignNodeDocument,
    "\n  query AdminRequests($status: SupportRequestStatus, $after: String) {\n    supportRequests(first: 20, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestQueueItem_request\n        }\n      }\n    }\n  }\n": types.AdminRequestsDocument,
    "\n  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {\n    updateSupportRequest(id: $id, input: $input) {\n      id\n      ...RequestQueueItem_request\n    }\n  }\n": types.UpdateSupportRequestDocument,
    "\n  query AdminStats {\n    serverInfo {\n      name\n      version\n    }\n    systemStats {\n      users\n      admins\n      nodes\n      trackedNodes\n      pendingSupportRequests\n      demoMode\n      cacheBackend\n      cacheHealthy\n      cacheHitRate\n      lastRefresh {\n        at\n        ok\n        error\n        trackedNodes\n        statusChanges\n        earningsRows\n      }\n      upstreams {\n        host\n        source\n        breaker\n      }\n    }\n  }\n": types.AdminStatsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, search: $search, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          telegram\n          discord\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query Alerts($first: Int!, $after: String, $state: AlertState) {\n    alerts(first: $first, after: $after, state: $state) {\n      ...AlertList_connection\n    }\n  }\n": types.AlertsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n": types.NodeAlertsDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NodeEpochs($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      epochs(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            epoch\n            ...EpochTable_outcome\n            ...EpochRewardChart_outcome\n          }\n        }\n      }\n    }\n  }\n": types.NodeEpochsDocument,
    "\n  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {\n    node(id: $id) {\n      id\n      earnings(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      statusHistory {\n        ...StatusTimeline_change\n      }\n    }\n  }\n": types.NodeHistoryDocument,
    "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n": types.NodesPageDocument,
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
    "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n": types.RequestsPageDocument,
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
export function graphql(source: "\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n"): (typeof documents)["\n  fragment ActivityFeed_event on ActivityEvent {\n    id\n    kind\n    message\n    params {\n      action\n      nodeName\n      fromStatus\n      toStatus\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      requestType\n      quantity\n      gpuType\n      fromRequestStatus\n      toRequestStatus\n    }\n    createdAt\n    nodeId\n    supportRequestId\n  }\n"];
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
export function graphql(source: "\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ChannelList_channel on NotificationChannel {\n    id\n    kind\n    label\n    target\n    status\n    minSeverity\n    events\n    telegramLinkUrl\n    createdAt\n    lastDelivery {\n      id\n      status\n      error\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n"): (typeof documents)["\n  query DemoBanner {\n    serverInfo {\n      demoMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    periodStart\n    epoch\n  }\n"): (typeof documents)["\n  fragment EarningsChart_point on EarningsPoint {\n    amount\n    periodStart\n    epoch\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    verdict\n  }\n"): (typeof documents)["\n  fragment EpochRewardChart_outcome on EpochOutcome {\n    epoch\n    rewarded\n    verdict\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n"): (typeof documents)["\n  fragment EpochRiskGauge_risk on EpochRisk {\n    asOf\n    epoch\n    level\n    reasonCode\n    reason\n    stale\n    requests\n    missedRequests\n    missedRate\n    invalidationRate\n    networkMissedRate\n    downtimeThreshold\n    estimatedReward\n    estimateSource\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n    models {\n      modelId\n      status\n      weightCost\n      weightCostShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n"): (typeof documents)["\n  fragment EpochTable_outcome on EpochOutcome {\n    epoch\n    settledAt\n    rewarded\n    inferenceCount\n    missedRequests\n    invalidatedInferences\n    missedRate\n    invalidationRate\n    verdict\n    verdictReason\n    exclusionReason\n    claimStatus\n    claimDeadline\n    downtimeTest {\n      threshold\n      maxMissedAllowed\n      networkMissedRate\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeInferenceJobs($id: ID!) {\n    node(id: $id) {\n      id\n      inferenceJobs(first: 20) {\n        nodes {\n          inferenceId\n          model\n          status\n          promptTokens\n          completionTokens\n          startedAt\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      deadline\n      count\n    }\n    expiredThisMonth\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsAttention_dashboard on Dashboard {\n    atRiskNodes\n    claimable {\n      amount\n      deadline\n      count\n    }\n    expiredThisMonth\n    zeroRewardEpochsThisMonth\n    attention(first: 10) {\n      kind\n      nodeId\n      nodeName\n      riskReason\n      epoch\n      amount\n      deadline\n      verdict\n      riskLevel\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n  }\n"): (typeof documents)["\n  fragment NodeMetrics_node on Node {\n    uptimePercent\n    uptimeObservedSince\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NodeSpecs_node on Node {\n    identifier\n    identifierType\n    gpuType\n    region\n    activeModel\n    ...NodeWeight_node\n    createdAt\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n      mlNodes {\n        localId\n        status\n        models\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      jailedUntil\n      exclusionReason\n      missedRate\n      invalidationRate\n      confirmationPocRatio\n      threshold\n    }\n  }\n"): (typeof documents)["\n  fragment NodeStatusBadge_node on Node {\n    status\n    statusReason\n    statusRule\n    statusDetails {\n      jailedUntil\n      exclusionReason\n      missedRate\n      invalidationRate\n      confirmationPocRatio\n      threshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n"): (typeof documents)["\n  fragment NodeTable_node on Node {\n    id\n    displayName\n    identifier\n    gpuType\n    hardware {\n      totalGpus\n      gpus {\n        type\n        count\n      }\n    }\n    tokensPerSec\n    jobsDay\n    earningsDay\n    earningsTotal\n    uptimePercent\n    uptimeObservedSince\n    ...NodeStatusBadge_node\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n"): (typeof documents)["\n  fragment NodeWeight_node on Node {\n    weight\n    weightShare\n    weightRank\n    weightRankOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileForm_user on User {\n    role\n    displayName\n    telegram\n    discord\n    currencyPreference\n    notificationPreferences {\n      nodeDown\n      epochGuard\n      earningsDrop\n      requestUpdates\n      assignments\n      system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RequestList_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    updatedAt\n    assignee {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RequestQueueItem_request on SupportRequest {\n    id\n    type\n    status\n    gpuType\n    quantity\n    budget\n    comments\n    adminNotes\n    createdAt\n    user {\n      id\n      email\n    }\n    assignedTo {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n"): (typeof documents)["\n  fragment StatsFreshness_node on Node {\n    statsFetchedAt\n    statsStale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n  }\n"): (typeof documents)["\n  fragment StatusTimeline_change on NodeStatusChange {\n    at\n    oldStatus\n    newStatus\n    reason\n  }\n"];
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
export function graphql(source: "\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMail($first: Int!) {\n    sinkMail(first: $first) {\n      id\n      to\n      subject\n      text\n      receivedAt\n    }\n    failedDeliveries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          event\n          attempts\n          error\n          createdAt\n          channel {\n            id\n            kind\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNodes($filter: NodesFilterInput, $after: String, $userSearch: String) {\n    nodes(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminNodes($filter: NodesFilterInput, $after: String, $userSearch: String) {\n    nodes(first: 25, filter: $filter, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          identifier\n          identifierType\n          owner {\n            id\n            email\n          }\n          ...NodeStatusBadge_node\n        }\n      }\n    }\n    users(first: 20, search: $userSearch) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($granularity: EarningsGranularity!) {\n    dashboard {\n      activeNodes\n      attentionNodes\n      totalNodes\n      totalGpus\n      earningsMonth\n      pendingRequests\n      ...NeedsAttention_dashboard\n      earningsSeries(granularity: $granularity) {\n        ...EarningsChart_point\n      }\n      recentActivity(first: 8) {\n        nodes {\n          id\n          ...ActivityFeed_event\n        }\n      }\n    }\n    myNodes(first: 5) {\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeAlerts($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      id\n      ...MuteControl_node\n      alerts(first: $first, after: $after) {\n        ...AlertList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id\n      displayName\n      identifier\n      status\n      statusReason\n      statusRule\n      statusDetails {\n        jailedUntil\n        exclusionReason\n        missedRate\n        invalidationRate\n        confirmationPocRatio\n        threshold\n      }\n      ...StatsFreshness_node\n      ...NodeStatusBadge_node\n      ...NodeSpecs_node\n      ...NodeMetrics_node\n      epochRisk {\n        ...EpochRiskGauge_risk\n      }\n    }\n    serverInfo {\n      nodeExplorerUrlTemplate\n    }\n  }\n"];
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
export function graphql(source: "\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {\n    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...StatsFreshness_node\n          ...NodeTable_node\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestsPage($after: String) {\n    mySupportRequests(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...RequestList_request\n        }\n      }\n    }\n  }\n"];
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