/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an activity line says (finer than ActivityKind); clients word the line from it and ActivityParams. */
export type ActivityAction =
  /** nodeName was added to the account. */
  | 'NODE_ASSIGNED'
  /** nodeName went fromStatus → toStatus by statusRule (statusDetails). */
  | 'NODE_STATUS_CHANGED'
  /** nodeName was removed from the account. */
  | 'NODE_UNASSIGNED'
  /** A support engineer took the request. */
  | 'REQUEST_ASSIGNED'
  /** A support request (requestType, quantity, gpuType) was created. */
  | 'REQUEST_CREATED'
  /** Support cleared the notes on the request. */
  | 'REQUEST_NOTES_CLEARED'
  /** Support updated the notes on the request. */
  | 'REQUEST_NOTES_UPDATED'
  /** A support request went fromRequestStatus → toRequestStatus. */
  | 'REQUEST_STATUS_CHANGED'
  /** The request has no engineer any more. */
  | 'REQUEST_UNASSIGNED';

/** What an activity feed line is about. */
export type ActivityKind =
  | 'ASSIGNMENT'
  | 'REQUEST_UPDATE'
  | 'STATUS_CHANGE';

/** What an alert is about (node status, epoch guard, earnings, support, assignment, system). */
export type AlertKind =
  | 'CLAIM_WINDOW_CLOSING'
  | 'EARNINGS_DROP'
  | 'EPOCH_AT_RISK'
  | 'EPOCH_ZERO_REWARD'
  | 'NODE_ASSIGNED'
  | 'NODE_JAILED'
  | 'NODE_OFFLINE'
  | 'NODE_UNASSIGNED'
  | 'NODE_UNHEALTHY'
  | 'REQUEST_CREATED'
  | 'REQUEST_NOTE_ADDED'
  | 'REQUEST_STATUS_CHANGED'
  | 'REWARD_EXPIRED'
  | 'SYSTEM_DELIVERIES_FAILING'
  | 'SYSTEM_REFRESHER_FAILING'
  | 'SYSTEM_UPSTREAM_DOWN';

/** Alert rules to change; omitted ones keep their value. */
export type AlertRulesInput = {
  /** 1-72 hours. */
  claimWindowHours?: number | null | undefined;
  /** 0.05-0.95. */
  earningsDropShare?: number | null | undefined;
  /** 1-10. */
  holdRefreshes?: number | null | undefined;
  /** 15-1440 minutes; null = no reminders. */
  reminderMinutes?: number | null | undefined;
};

/** INFO < WARNING < CRITICAL (channels filter by a minimum). */
export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** OPEN while its condition holds (or until acknowledged, for notices); RESOLVED after. */
export type AlertState =
  | 'OPEN'
  | 'RESOLVED';

/** Link a Gonka identifier to a customer (creates the node if it is new). */
export type AssignNodeInput = {
  /** Name shown to the customer (at most 100 characters). */
  displayName?: string | null | undefined;
  /** GPU type as rented, e.g. "8x H100". */
  gpuType?: string | null | undefined;
  /** e.g. a gonka1… host address (checked as bech32 for WALLET/OPERATOR/VALIDATOR). */
  identifier: string;
  /** WALLET for a gonka1… host address. */
  identifierType: IdentifierType;
  /** Where the server runs, e.g. "Frankfurt". */
  region?: string | null | undefined;
  /** The customer who will see this node. */
  userId: string | number;
};

/** AT_RISK (the current epoch is at risk), CLAIMABLE (a reward waits to be claimed), EXPIRED (a reward was lost unclaimed), ZERO_EPOCH (an epoch paid 0). */
export type AttentionKind =
  | 'AT_RISK'
  | 'CLAIMABLE'
  | 'EXPIRED'
  | 'ZERO_EPOCH';

/** Change the password; other sessions are signed out. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

/** CLAIMED; CLAIMABLE (reward > 0, claim window open until the next settlement); EXPIRED (reward > 0 not claimed before the window closed: moved to governance); NOTHING_TO_CLAIM (reward 0). */
export type ClaimStatus =
  | 'CLAIMABLE'
  | 'CLAIMED'
  | 'EXPIRED'
  | 'NOTHING_TO_CLAIM';

/** A new notification channel. */
export type CreateNotificationChannelInput = {
  /** Kinds to send; omitted or null = all. */
  events?: Array<AlertKind> | null | undefined;
  /** EMAIL, TELEGRAM, DISCORD or WEBHOOK. */
  kind: NotificationChannelKind;
  /** 1-64 characters. */
  label: string;
  /** Default WARNING. */
  minSeverity?: AlertSeverity | null | undefined;
  /** EMAIL: address; DISCORD: webhook URL; WEBHOOK: http(s) URL; TELEGRAM: "" (the chat is linked by the deep link). */
  target: string;
};

/** A request to support: new nodes, help, or other. */
export type CreateSupportRequestInput = {
  /** Budget or range, up to 200 characters. */
  budget?: string | null | undefined;
  /** Up to 2000 characters. */
  comments?: string | null | undefined;
  /** Desired GPU, e.g. "H100 80GB". */
  gpuType?: string | null | undefined;
  /** Network the nodes are for (only GONKA today). */
  network?: Network;
  /** How many nodes, 1..100. */
  quantity?: number;
  /** What the request is about. */
  type: SupportRequestType;
};

/** Currency the portal shows amounts in. */
export type Currency =
  | 'EUR'
  | 'GNK'
  | 'USD';

/** Why it was sent: the alert OPENed or RESOLVED, a REMINDER, or a channel TEST. */
export type DeliveryEvent =
  | 'OPEN'
  | 'REMINDER'
  | 'RESOLVED'
  | 'TEST';

/** PENDING (queued or retrying), SENT, or FAILED (gave up; see `error`). */
export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** How the chain set the downtime test's p0: DYNAMIC (network miss rate + 2 pp, at least the governance p0); GOVERNANCE (too few network requests or hosts: the governance p0); SKIPPED (p0 reached 50%: the network itself failed, nobody is punished). */
export type DowntimeMode =
  | 'DYNAMIC'
  | 'GOVERNANCE'
  | 'SKIPPED';

/** Bucket size of an earnings series (UTC days and ISO weeks). */
export type EarningsGranularity =
  | 'DAY'
  | 'EPOCH'
  | 'WEEK';

/** Why a settled epoch paid what it paid: PAID; ZERO_DOWNTIME (failed the chain's downtime test); ZERO_INVALID (status INVALID); ZERO_EXCLUDED (removed from the active set); ZERO_NOT_PARTICIPATING (not among the epoch's hosts); UNKNOWN (the data does not tell: counts missing, or 0 with no rule explaining it). */
export type EpochVerdict =
  | 'PAID'
  | 'UNKNOWN'
  | 'ZERO_DOWNTIME'
  | 'ZERO_EXCLUDED'
  | 'ZERO_INVALID'
  | 'ZERO_NOT_PARTICIPATING';

/** CHAIN: the chain's own estimate (estimate_bitcoin_reward, which replays settlement); WEIGHT_SHARE_APPROXIMATION: weight share × the epoch's subsidy, used only when the chain's estimate cannot be had — it ignores penalties, delegation and exclusions. */
export type EstimateSource =
  | 'CHAIN'
  | 'WEIGHT_SHARE_APPROXIMATION';

/** What kind of Gonka identifier a node is tracked by. */
export type IdentifierType =
  | 'NODE_ID'
  | 'OPERATOR'
  | 'VALIDATOR'
  | 'WALLET';

/** Where an inference stands on chain (Gonka InferenceStatus). */
export type InferenceJobStatus =
  /** The node never answered in time: a missed request. */
  | 'EXPIRED'
  /** Response recorded; not validated (yet). */
  | 'FINISHED'
  /** Found incorrect by validation; counts against the node. */
  | 'INVALIDATED'
  /** Request accepted; the response is not recorded yet. */
  | 'STARTED'
  /** Checked by other participants and found correct. */
  | 'VALIDATED'
  /** Validators disagree; a vote is under way. */
  | 'VOTING';

/** EN or RU: the language alerts are worded in outside the browser. */
export type Language =
  | 'EN'
  | 'RU';

/** Credentials for sign-in. */
export type LoginInput = {
  /** Email address (stored lower-cased). */
  email: string;
  /** Password (10–128 characters). */
  password: string;
};

/** How a host takes part in one governance model this epoch. SERVED: its epoch entry lists the model (no cost). NOT_SERVED: not served and, as far as the chain's public routes show, not delegated — the chain takes up to 15% of the weight (5% if it was in fact delegated: delegation is not visible). DELEGATED (5%) and REFUSED (10%) are not produced until a chain route exposes them. UNKNOWN: the governance list or the host's epoch entry is unavailable. */
export type ModelParticipationStatus =
  | 'DELEGATED'
  | 'NOT_SERVED'
  | 'REFUSED'
  | 'SERVED'
  | 'UNKNOWN';

/** Blockchain network a node runs on. */
export type Network =
  | 'GONKA';

/** What node lists can be ordered by. */
export type NodeOrderField =
  | 'CREATED_AT'
  | 'EARNINGS_TOTAL'
  | 'NAME'
  | 'STATUS';

/** Order of a node list. */
export type NodeOrderInput = {
  /** Direction; ties are broken by id. */
  direction?: OrderDirection;
  /** The value to order by. */
  field: NodeOrderField;
};

/** HEALTHY, or why not: JAILED (validator jailed), OFFLINE (not in the epoch or health failing), UNHEALTHY (excluded, INACTIVE/INVALID, missed or invalidation rate > 10%, low confirmation PoC); UNKNOWN: no data yet (the network cannot be reached and nothing is stored for the node). */
export type NodeStatus =
  | 'HEALTHY'
  | 'JAILED'
  | 'OFFLINE'
  | 'UNHEALTHY'
  | 'UNKNOWN';

/** The rule that set a node status (network/node-status.ts), in precedence order; clients word it from this code and NodeStatusDetails. */
export type NodeStatusRule =
  /** HEALTHY: no rule fired. */
  | 'ALL_CHECKS_PASSED'
  /** UNHEALTHY: confirmationPocRatio below threshold. */
  | 'CONFIRMATION_POC_RATIO'
  /** UNHEALTHY: excluded from the current epoch (NodeStatusDetails.exclusionReason). */
  | 'EXCLUDED_THIS_EPOCH'
  /** OFFLINE: the health check of the inference URL failed. */
  | 'HEALTH_CHECK_FAILED'
  /** UNHEALTHY: invalidationRate above threshold. */
  | 'INVALIDATION_RATE'
  /** UNHEALTHY: missedRate above threshold. */
  | 'MISSED_RATE'
  /** OFFLINE: not among the participants of the current epoch. */
  | 'NOT_IN_CURRENT_EPOCH'
  /** UNHEALTHY: participant status INACTIVE on the chain. */
  | 'PARTICIPANT_INACTIVE'
  /** UNHEALTHY: participant status INVALID on the chain. */
  | 'PARTICIPANT_INVALID'
  /** JAILED: the validator is jailed (until NodeStatusDetails.jailedUntil, when known). */
  | 'VALIDATOR_JAILED';

/** Node list filters; all given filters must match. Status is as of the last refresh. */
export type NodesFilterInput = {
  /** A GPU model the node reports on chain contains this text (case-insensitive), as of the last refresh. */
  gpuType?: string | null | undefined;
  /** Identifier or display name contains this text. */
  search?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<NodeStatus> | null | undefined;
};

/** How alerts reach the user: email, Telegram chat, Discord webhook or a signed webhook. */
export type NotificationChannelKind =
  | 'DISCORD'
  | 'EMAIL'
  | 'TELEGRAM'
  | 'WEBHOOK';

/** ACTIVE receives alerts; PENDING_LINK is a Telegram channel waiting for its chat (open telegramLinkUrl). */
export type NotificationChannelStatus =
  | 'ACTIVE'
  | 'PENDING_LINK';

/** Preferences to change; omitted ones keep their value. */
export type NotificationPreferencesInput = {
  /** Notify when a node is assigned to or removed from the account. */
  assignments?: boolean | null | undefined;
  /** Notify when income drops sharply. */
  earningsDrop?: boolean | null | undefined;
  /** Notify when an epoch is at risk, a claim window closes soon or a reward expired. */
  epochGuard?: boolean | null | undefined;
  /** Notify when a node goes unhealthy, offline or jailed. */
  nodeDown?: boolean | null | undefined;
  /** Notify when a support request changes. */
  requestUpdates?: boolean | null | undefined;
  /** Admins: notify about upstream, refresher and delivery failures. */
  system?: boolean | null | undefined;
};

/** Ascending or descending. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A new customer account. */
export type RegisterInput = {
  /** Email address (stored lower-cased). */
  email: string;
  /** At least 10 characters. */
  password: string;
};

/** The current epoch's outlook: OK; WATCH (close to a threshold); AT_RISK (the reward is lost if the epoch settled now, or already lost); NOT_APPLICABLE (the test does not apply: not in the epoch, or the network itself is failing); STALE (the live data is older than the cache TTL: no outlook is claimed). */
export type RiskLevel =
  | 'AT_RISK'
  | 'NOT_APPLICABLE'
  | 'OK'
  | 'STALE'
  | 'WATCH';

/** Which rule set the risk level (clients word it; `reason` is the English text). */
export type RiskReason =
  | 'DATA_STALE'
  | 'DOWNTIME_FAILING'
  | 'DOWNTIME_NEAR'
  | 'EXCLUDED'
  | 'INVALID'
  | 'INVALIDATION_HIGH'
  | 'NETWORK_FAILING'
  | 'NOT_PARTICIPATING'
  | 'NO_DATA'
  | 'NO_REQUESTS'
  | 'WITHIN_LIMITS';

/** PENDING → IN_PROGRESS → COMPLETED | REJECTED, or PENDING → REJECTED. */
export type SupportRequestStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'REJECTED';

/** NEW_NODE (rent more nodes), SUPPORT (help with a node) or OTHER. */
export type SupportRequestType =
  | 'NEW_NODE'
  | 'OTHER'
  | 'SUPPORT';

/** Remove a node from its customer (the node and its history stay). */
export type UnassignNodeInput = {
  /** The node to unlink. */
  nodeId: string | number;
};

/** Changes to one of the caller's channels; omitted fields keep their value. */
export type UpdateNotificationChannelInput = {
  /** Kinds to send; null = all, omitted = unchanged. */
  events?: Array<AlertKind> | null | undefined;
  /** The channel. */
  id: string | number;
  /** New label, 1-64 characters. */
  label?: string | null | undefined;
  /** New minimum severity. */
  minSeverity?: AlertSeverity | null | undefined;
};

/** Profile fields to change; omitted fields keep their value, null clears a handle. */
export type UpdateProfileInput = {
  /** Alert rules to change. */
  alertRules?: AlertRulesInput | null | undefined;
  /** Currency to show fiat values in, where a price is known. */
  currencyPreference?: Currency | null | undefined;
  /** Discord handle for notifications (at most 64 characters). */
  discord?: string | null | undefined;
  /** Public name shown to customers whose requests you handle (at most 64 characters). */
  displayName?: string | null | undefined;
  /** Language of alerts sent by email, Telegram, Discord and webhook (the client sends its own choice). */
  language?: Language | null | undefined;
  /** Which notifications to send. */
  notificationPreferences?: NotificationPreferencesInput | null | undefined;
  /** Telegram handle for notifications (at most 64 characters). */
  telegram?: string | null | undefined;
};

/** Omitted fields keep their value; null clears notes or the assignee. */
export type UpdateSupportRequestInput = {
  /** Notes from support, visible to the customer. */
  adminNotes?: string | null | undefined;
  /** An admin to handle the request. */
  assignedToId?: string | number | null | undefined;
  /** Lifecycle: PENDING → IN_PROGRESS → COMPLETED | REJECTED. */
  status?: SupportRequestStatus | null | undefined;
};

/** USER sees own nodes and requests; ADMIN sees and manages everything. */
export type UserRole =
  | 'ADMIN'
  | 'USER';

export type ActivityFeed_EventFragment = { id: string, kind: ActivityKind, message: string, createdAt: string, nodeId: string | null, supportRequestId: string | null, params: { action: ActivityAction, nodeName: string | null, fromStatus: NodeStatus | null, toStatus: NodeStatus | null, statusRule: NodeStatusRule | null, requestType: SupportRequestType | null, quantity: number | null, gpuType: string | null, fromRequestStatus: SupportRequestStatus | null, toRequestStatus: SupportRequestStatus | null, statusDetails: { jailedUntil: string | null, exclusionReason: string | null, missedRate: number | null, invalidationRate: number | null, confirmationPocRatio: number | null, threshold: number | null } | null } | null } & { ' $fragmentName'?: 'ActivityFeed_EventFragment' };

export type AlertBellQueryVariables = Exact<{
  first: number;
}>;


export type AlertBellQuery = { unreadAlertCount: number, alerts: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
      ) }> } };

export type AlertDeliveries_DeliveryFragment = { id: string, event: DeliveryEvent, status: DeliveryStatus, attempts: number, error: string | null, createdAt: string, sentAt: string | null, channel: { id: string, kind: NotificationChannelKind, label: string } | null } & { ' $fragmentName'?: 'AlertDeliveries_DeliveryFragment' };

export type AlertItem_AlertFragment = { id: string, kind: AlertKind, severity: AlertSeverity, state: AlertState, title: string, message: string, link: string | null, openedAt: string, resolvedAt: string | null, acknowledgedAt: string | null, muted: boolean, node: { id: string, displayName: string | null, identifier: string } | null } & { ' $fragmentName'?: 'AlertItem_AlertFragment' };

export type AlertList_ConnectionFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: (
      { id: string, deliveries: Array<{ ' $fragmentRefs'?: { 'AlertDeliveries_DeliveryFragment': AlertDeliveries_DeliveryFragment } }> }
      & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
    ) }> } & { ' $fragmentName'?: 'AlertList_ConnectionFragment' };

export type AlertRulesForm_UserFragment = { alertRules: { holdRefreshes: number, claimWindowHours: number, earningsDropShare: number, reminderMinutes: number | null } } & { ' $fragmentName'?: 'AlertRulesForm_UserFragment' };

export type ChannelList_ChannelFragment = { id: string, kind: NotificationChannelKind, label: string, target: string, status: NotificationChannelStatus, minSeverity: AlertSeverity, events: Array<AlertKind> | null, telegramLinkUrl: string | null, createdAt: string, lastDelivery: { id: string, status: DeliveryStatus, error: string | null, sentAt: string | null, createdAt: string } | null } & { ' $fragmentName'?: 'ChannelList_ChannelFragment' };

export type DemoBannerQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoBannerQuery = { serverInfo: { demoMode: boolean } };

export type EarningsChart_PointFragment = { amount: string, periodStart: string, epoch: number | null } & { ' $fragmentName'?: 'EarningsChart_PointFragment' };

export type EpochRewardChart_OutcomeFragment = { epoch: number, rewarded: string, verdict: EpochVerdict } & { ' $fragmentName'?: 'EpochRewardChart_OutcomeFragment' };

export type EpochRiskGauge_RiskFragment = { asOf: string | null, epoch: number | null, level: RiskLevel, reasonCode: RiskReason, reason: string, stale: boolean, requests: number | null, missedRequests: number | null, missedRate: number | null, invalidationRate: number | null, networkMissedRate: number | null, downtimeThreshold: number | null, estimatedReward: string | null, estimateSource: EstimateSource | null, downtimeTest: { threshold: number, maxMissedAllowed: number | null, networkMissedRate: number | null, mode: DowntimeMode } | null, models: Array<{ modelId: string, status: ModelParticipationStatus, weightCost: number | null, weightCostShare: number | null }> } & { ' $fragmentName'?: 'EpochRiskGauge_RiskFragment' };

export type EpochTable_OutcomeFragment = { epoch: number, settledAt: string, rewarded: string, inferenceCount: number | null, missedRequests: number | null, invalidatedInferences: number | null, missedRate: number | null, invalidationRate: number | null, verdict: EpochVerdict, verdictReason: string, exclusionReason: string | null, claimStatus: ClaimStatus, claimDeadline: string | null, downtimeTest: { threshold: number, maxMissedAllowed: number | null, networkMissedRate: number | null, mode: DowntimeMode } | null } & { ' $fragmentName'?: 'EpochTable_OutcomeFragment' };

export type NodeInferenceJobsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeInferenceJobsQuery = { node: { id: string, inferenceJobs: { nodes: Array<{ inferenceId: string, model: string, status: InferenceJobStatus, promptTokens: number, completionTokens: number, startedAt: string | null }> } | null } };

export type MuteControl_NodeFragment = { id: string, mutedUntil: string | null } & { ' $fragmentName'?: 'MuteControl_NodeFragment' };

export type MuteNodeMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type MuteNodeMutation = { muteNode: (
    { id: string }
    & { ' $fragmentRefs'?: { 'MuteControl_NodeFragment': MuteControl_NodeFragment } }
  ) };

export type UnmuteNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type UnmuteNodeMutation = { unmuteNode: (
    { id: string }
    & { ' $fragmentRefs'?: { 'MuteControl_NodeFragment': MuteControl_NodeFragment } }
  ) };

export type NeedsAttention_DashboardFragment = { atRiskNodes: number | null, expiredThisMonth: string, zeroRewardEpochsThisMonth: number, claimable: { amount: string, deadline: string | null, count: number }, attention: Array<{ kind: AttentionKind, nodeId: string, nodeName: string, riskReason: RiskReason | null, epoch: number, amount: string | null, deadline: string | null, verdict: EpochVerdict | null, riskLevel: RiskLevel | null, reason: string }> } & { ' $fragmentName'?: 'NeedsAttention_DashboardFragment' };

export type NodeMetrics_NodeFragment = { uptimePercent: number | null, uptimeObservedSince: string | null, tokensPerSec: number | null, jobsDay: number | null, earningsDay: string, earningsTotal: string } & { ' $fragmentName'?: 'NodeMetrics_NodeFragment' };

export type NodeSpecs_NodeFragment = (
  { identifier: string, identifierType: IdentifierType, gpuType: string | null, region: string | null, activeModel: string | null, createdAt: string, hardware: { totalGpus: number, gpus: Array<{ type: string, count: number }>, mlNodes: Array<{ localId: string, status: string, models: Array<string> }> } | null }
  & { ' $fragmentRefs'?: { 'NodeWeight_NodeFragment': NodeWeight_NodeFragment } }
) & { ' $fragmentName'?: 'NodeSpecs_NodeFragment' };

export type NodeStatusBadge_NodeFragment = { status: NodeStatus, statusReason: string, statusRule: NodeStatusRule | null, statusDetails: { jailedUntil: string | null, exclusionReason: string | null, missedRate: number | null, invalidationRate: number | null, confirmationPocRatio: number | null, threshold: number | null } | null } & { ' $fragmentName'?: 'NodeStatusBadge_NodeFragment' };

export type NodeTable_NodeFragment = (
  { id: string, displayName: string | null, identifier: string, gpuType: string | null, tokensPerSec: number | null, jobsDay: number | null, earningsDay: string, earningsTotal: string, uptimePercent: number | null, uptimeObservedSince: string | null, hardware: { totalGpus: number, gpus: Array<{ type: string, count: number }> } | null }
  & { ' $fragmentRefs'?: { 'NodeStatusBadge_NodeFragment': NodeStatusBadge_NodeFragment } }
) & { ' $fragmentName'?: 'NodeTable_NodeFragment' };

export type NodeWeight_NodeFragment = { weight: number | null, weightShare: number | null, weightRank: number | null, weightRankOf: number | null } & { ' $fragmentName'?: 'NodeWeight_NodeFragment' };

export type ProfileForm_UserFragment = { role: UserRole, displayName: string | null, telegram: string | null, discord: string | null, currencyPreference: Currency, notificationPreferences: { nodeDown: boolean, epochGuard: boolean, earningsDrop: boolean, requestUpdates: boolean, assignments: boolean, system: boolean } } & { ' $fragmentName'?: 'ProfileForm_UserFragment' };

export type RequestList_RequestFragment = { id: string, type: SupportRequestType, status: SupportRequestStatus, gpuType: string | null, quantity: number, budget: string | null, comments: string | null, adminNotes: string | null, createdAt: string, updatedAt: string, assignee: { displayName: string | null } | null } & { ' $fragmentName'?: 'RequestList_RequestFragment' };

export type RequestQueueItem_RequestFragment = { id: string, type: SupportRequestType, status: SupportRequestStatus, gpuType: string | null, quantity: number, budget: string | null, comments: string | null, adminNotes: string | null, createdAt: string, user: { id: string, email: string }, assignedTo: { id: string, email: string, displayName: string | null } | null } & { ' $fragmentName'?: 'RequestQueueItem_RequestFragment' };

export type StatsFreshness_NodeFragment = { statsFetchedAt: string | null, statsStale: boolean } & { ' $fragmentName'?: 'StatsFreshness_NodeFragment' };

export type StatusTimeline_ChangeFragment = { at: string, oldStatus: string | null, newStatus: string, reason: string | null } & { ' $fragmentName'?: 'StatusTimeline_ChangeFragment' };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
  ) };

export type AcknowledgeAllAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type AcknowledgeAllAlertsMutation = { acknowledgeAllAlerts: number };

export type AlertChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertChangedSubscription = { alertChanged: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AlertItem_AlertFragment': AlertItem_AlertFragment } }
  ) };

export type DashboardChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardChangedSubscription = { dashboardChanged: { reason: string, at: string } };

export type NodeStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NodeStatusChangedSubscription = { nodeStatusChanged: { status: NodeStatus, previousStatus: NodeStatus | null, at: string, node: { id: string, status: NodeStatus, statusReason: string } } };

export type ProfileLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileLanguageQuery = { me: { id: string, language: Language } };

export type SaveLanguageMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type SaveLanguageMutation = { updateProfile: { id: string, language: Language } };

export type AdminMailQueryVariables = Exact<{
  first: number;
}>;


export type AdminMailQuery = { sinkMail: Array<{ id: string, to: string, subject: string, text: string, receivedAt: string }>, failedDeliveries: { totalCount: number, edges: Array<{ node: { id: string, event: DeliveryEvent, attempts: number, error: string | null, createdAt: string, channel: { id: string, kind: NotificationChannelKind, label: string } | null } }> } };

export type AdminNodesQueryVariables = Exact<{
  filter?: NodesFilterInput | null | undefined;
  after?: string | null | undefined;
  userSearch?: string | null | undefined;
}>;


export type AdminNodesQuery = { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string, displayName: string | null, identifier: string, identifierType: IdentifierType, owner: { id: string, email: string } | null }
        & { ' $fragmentRefs'?: { 'NodeStatusBadge_NodeFragment': NodeStatusBadge_NodeFragment } }
      ) }> }, users: { nodes: Array<{ id: string, email: string }> } };

export type AssignNodeMutationVariables = Exact<{
  input: AssignNodeInput;
}>;


export type AssignNodeMutation = { assignNode: { id: string, owner: { id: string, email: string } | null } };

export type UnassignNodeMutationVariables = Exact<{
  input: UnassignNodeInput;
}>;


export type UnassignNodeMutation = { unassignNode: { id: string, owner: { id: string, email: string } | null } };

export type AdminRequestsQueryVariables = Exact<{
  status?: SupportRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminRequestsQuery = { supportRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'RequestQueueItem_RequestFragment': RequestQueueItem_RequestFragment } }
      ) }> } };

export type UpdateSupportRequestMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupportRequestInput;
}>;


export type UpdateSupportRequestMutation = { updateSupportRequest: (
    { id: string }
    & { ' $fragmentRefs'?: { 'RequestQueueItem_RequestFragment': RequestQueueItem_RequestFragment } }
  ) };

export type AdminStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStatsQuery = { serverInfo: { name: string, version: string }, systemStats: { users: number, admins: number, nodes: number, trackedNodes: number, pendingSupportRequests: number, demoMode: boolean, cacheBackend: string, cacheHealthy: boolean, cacheHitRate: number | null, lastRefresh: { at: string, ok: boolean, error: string | null, trackedNodes: number, statusChanges: number, earningsRows: number } | null, upstreams: Array<{ host: string, source: string, breaker: string }> } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, role: UserRole, telegram: string | null, discord: string | null, createdAt: string } }> } };

export type AlertsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  state?: AlertState | null | undefined;
}>;


export type AlertsQuery = { alerts: { ' $fragmentRefs'?: { 'AlertList_ConnectionFragment': AlertList_ConnectionFragment } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, refreshToken: string, user: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, user: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } } };

export type DashboardPageQueryVariables = Exact<{
  granularity: EarningsGranularity;
}>;


export type DashboardPageQuery = { dashboard: (
    { activeNodes: number, attentionNodes: number, totalNodes: number, totalGpus: number | null, earningsMonth: string, pendingRequests: number, earningsSeries: Array<{ ' $fragmentRefs'?: { 'EarningsChart_PointFragment': EarningsChart_PointFragment } }>, recentActivity: { nodes: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'ActivityFeed_EventFragment': ActivityFeed_EventFragment } }
      )> } }
    & { ' $fragmentRefs'?: { 'NeedsAttention_DashboardFragment': NeedsAttention_DashboardFragment } }
  ), myNodes: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'StatsFreshness_NodeFragment': StatsFreshness_NodeFragment;'NodeTable_NodeFragment': NodeTable_NodeFragment } }
      ) }> } };

export type NodeAlertsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type NodeAlertsQuery = { node: (
    { id: string, alerts: { ' $fragmentRefs'?: { 'AlertList_ConnectionFragment': AlertList_ConnectionFragment } } }
    & { ' $fragmentRefs'?: { 'MuteControl_NodeFragment': MuteControl_NodeFragment } }
  ) };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node: (
    { id: string, displayName: string | null, identifier: string, status: NodeStatus, statusReason: string, statusRule: NodeStatusRule | null, statusDetails: { jailedUntil: string | null, exclusionReason: string | null, missedRate: number | null, invalidationRate: number | null, confirmationPocRatio: number | null, threshold: number | null } | null, epochRisk: { ' $fragmentRefs'?: { 'EpochRiskGauge_RiskFragment': EpochRiskGauge_RiskFragment } } }
    & { ' $fragmentRefs'?: { 'StatsFreshness_NodeFragment': StatsFreshness_NodeFragment;'NodeStatusBadge_NodeFragment': NodeStatusBadge_NodeFragment;'NodeSpecs_NodeFragment': NodeSpecs_NodeFragment;'NodeMetrics_NodeFragment': NodeMetrics_NodeFragment } }
  ), serverInfo: { nodeExplorerUrlTemplate: string | null } };

export type NodeEpochsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type NodeEpochsQuery = { node: { id: string, epochs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
          { epoch: number }
          & { ' $fragmentRefs'?: { 'EpochTable_OutcomeFragment': EpochTable_OutcomeFragment;'EpochRewardChart_OutcomeFragment': EpochRewardChart_OutcomeFragment } }
        ) }> } } };

export type NodeHistoryQueryVariables = Exact<{
  id: string | number;
  granularity: EarningsGranularity;
}>;


export type NodeHistoryQuery = { node: { id: string, earnings: Array<{ ' $fragmentRefs'?: { 'EarningsChart_PointFragment': EarningsChart_PointFragment } }>, statusHistory: Array<{ ' $fragmentRefs'?: { 'StatusTimeline_ChangeFragment': StatusTimeline_ChangeFragment } }> } };

export type NodesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NodesFilterInput | null | undefined;
  orderBy?: NodeOrderInput | null | undefined;
}>;


export type NodesPageQuery = { myNodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'StatsFreshness_NodeFragment': StatsFreshness_NodeFragment;'NodeTable_NodeFragment': NodeTable_NodeFragment } }
      ) }> } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { me: (
    { id: string, role: UserRole }
    & { ' $fragmentRefs'?: { 'AlertRulesForm_UserFragment': AlertRulesForm_UserFragment } }
  ), notificationChannels: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ChannelList_ChannelFragment': ChannelList_ChannelFragment } }
  )> };

export type UpdateAlertRulesMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateAlertRulesMutation = { updateProfile: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AlertRulesForm_UserFragment': AlertRulesForm_UserFragment } }
  ) };

export type ProfilePageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePageQuery = { me: (
    { id: string, email: string, role: UserRole, createdAt: string }
    & { ' $fragmentRefs'?: { 'ProfileForm_UserFragment': ProfileForm_UserFragment } }
  ) };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ProfileForm_UserFragment': ProfileForm_UserFragment } }
  ) };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CreateNotificationChannelMutationVariables = Exact<{
  input: CreateNotificationChannelInput;
}>;


export type CreateNotificationChannelMutation = { createNotificationChannel: { secret: string | null, channel: (
      { id: string, telegramLinkUrl: string | null }
      & { ' $fragmentRefs'?: { 'ChannelList_ChannelFragment': ChannelList_ChannelFragment } }
    ) } };

export type UpdateNotificationChannelMutationVariables = Exact<{
  input: UpdateNotificationChannelInput;
}>;


export type UpdateNotificationChannelMutation = { updateNotificationChannel: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ChannelList_ChannelFragment': ChannelList_ChannelFragment } }
  ) };

export type DeleteNotificationChannelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNotificationChannelMutation = { deleteNotificationChannel: boolean };

export type SendTestNotificationMutationVariables = Exact<{
  channelId: string | number;
}>;


export type SendTestNotificationMutation = { sendTestNotification: { id: string, status: DeliveryStatus, error: string | null, sentAt: string | null, createdAt: string } };

export type CreateSupportRequestMutationVariables = Exact<{
  input: CreateSupportRequestInput;
}>;


export type CreateSupportRequestMutation = { createSupportRequest: (
    { id: string }
    & { ' $fragmentRefs'?: { 'RequestList_RequestFragment': RequestList_RequestFragment } }
  ) };

export type RequestsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RequestsPageQuery = { mySupportRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'RequestList_RequestFragment': RequestList_RequestFragment } }
      ) }> } };

export type LogoutMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type LogoutMutation = { logout: boolean };

export type SessionUserFragment = { id: string, email: string, role: UserRole } & { ' $fragmentName'?: 'SessionUserFragment' };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshToken: { accessToken: string, refreshToken: string, user: { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } } } };

export const ActivityFeed_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequestStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toRequestStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequestId"}}]}}]} as unknown as DocumentNode<ActivityFeed_EventFragment, unknown>;
export const AlertItem_AlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AlertItem_AlertFragment, unknown>;
export const AlertDeliveries_DeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliveries_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AlertDeliveries_DeliveryFragment, unknown>;
export const AlertList_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertList_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDeliveries_delivery"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliveries_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AlertList_ConnectionFragment, unknown>;
export const AlertRulesForm_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRulesForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdRefreshes"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowHours"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}}]}}]}}]} as unknown as DocumentNode<AlertRulesForm_UserFragment, unknown>;
export const ChannelList_ChannelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelList_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"telegramLinkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ChannelList_ChannelFragment, unknown>;
export const EarningsChart_PointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarningsChart_point"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}}]}}]} as unknown as DocumentNode<EarningsChart_PointFragment, unknown>;
export const EpochRewardChart_OutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochRewardChart_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"rewarded"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<EpochRewardChart_OutcomeFragment, unknown>;
export const EpochRiskGauge_RiskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochRiskGauge_risk"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"missedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReward"}},{"kind":"Field","name":{"kind":"Name","value":"estimateSource"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxMissedAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weightCost"}},{"kind":"Field","name":{"kind":"Name","value":"weightCostShare"}}]}}]}}]} as unknown as DocumentNode<EpochRiskGauge_RiskFragment, unknown>;
export const EpochTable_OutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochTable_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewarded"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedInferences"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"claimStatus"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxMissedAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<EpochTable_OutcomeFragment, unknown>;
export const MuteControl_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MuteControl_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}}]} as unknown as DocumentNode<MuteControl_NodeFragment, unknown>;
export const NeedsAttention_DashboardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsAttention_dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskNodes"}},{"kind":"Field","name":{"kind":"Name","value":"claimable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiredThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"zeroRewardEpochsThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"riskReason"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<NeedsAttention_DashboardFragment, unknown>;
export const NodeMetrics_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeMetrics_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeObservedSince"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerSec"}},{"kind":"Field","name":{"kind":"Name","value":"jobsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsTotal"}}]}}]} as unknown as DocumentNode<NodeMetrics_NodeFragment, unknown>;
export const NodeWeight_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeWeight_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"weightShare"}},{"kind":"Field","name":{"kind":"Name","value":"weightRank"}},{"kind":"Field","name":{"kind":"Name","value":"weightRankOf"}}]}}]} as unknown as DocumentNode<NodeWeight_NodeFragment, unknown>;
export const NodeSpecs_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeSpecs_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierType"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeModel"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeWeight_node"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardware"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"models"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeWeight_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"weightShare"}},{"kind":"Field","name":{"kind":"Name","value":"weightRank"}},{"kind":"Field","name":{"kind":"Name","value":"weightRankOf"}}]}}]} as unknown as DocumentNode<NodeSpecs_NodeFragment, unknown>;
export const NodeStatusBadge_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<NodeStatusBadge_NodeFragment, unknown>;
export const NodeTable_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeTable_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"hardware"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerSec"}},{"kind":"Field","name":{"kind":"Name","value":"jobsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeObservedSince"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeStatusBadge_node"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<NodeTable_NodeFragment, unknown>;
export const ProfileForm_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"telegram"}},{"kind":"Field","name":{"kind":"Name","value":"discord"}},{"kind":"Field","name":{"kind":"Name","value":"currencyPreference"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDown"}},{"kind":"Field","name":{"kind":"Name","value":"epochGuard"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDrop"}},{"kind":"Field","name":{"kind":"Name","value":"requestUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<ProfileForm_UserFragment, unknown>;
export const RequestList_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestList_RequestFragment, unknown>;
export const RequestQueueItem_RequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestQueueItem_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestQueueItem_RequestFragment, unknown>;
export const StatsFreshness_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsFreshness_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statsFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statsStale"}}]}}]} as unknown as DocumentNode<StatsFreshness_NodeFragment, unknown>;
export const StatusTimeline_ChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusTimeline_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NodeStatusChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"oldStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<StatusTimeline_ChangeFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const AlertBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadAlertCount"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AlertBellQuery, AlertBellQueryVariables>;
export const DemoBannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoBanner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoMode"}}]}}]}}]} as unknown as DocumentNode<DemoBannerQuery, DemoBannerQueryVariables>;
export const NodeInferenceJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeInferenceJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inferenceId"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeInferenceJobsQuery, NodeInferenceJobsQueryVariables>;
export const MuteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MuteControl_node"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MuteControl_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}}]} as unknown as DocumentNode<MuteNodeMutation, MuteNodeMutationVariables>;
export const UnmuteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmuteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmuteNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MuteControl_node"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MuteControl_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}}]} as unknown as DocumentNode<UnmuteNodeMutation, UnmuteNodeMutationVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const AcknowledgeAllAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAllAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAllAlerts"}}]}}]} as unknown as DocumentNode<AcknowledgeAllAlertsMutation, AcknowledgeAllAlertsMutationVariables>;
export const AlertChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]} as unknown as DocumentNode<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const DashboardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<DashboardChangedSubscription, DashboardChangedSubscriptionVariables>;
export const NodeStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NodeStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<NodeStatusChangedSubscription, NodeStatusChangedSubscriptionVariables>;
export const ProfileLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<ProfileLanguageQuery, ProfileLanguageQueryVariables>;
export const SaveLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SaveLanguageMutation, SaveLanguageMutationVariables>;
export const AdminMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sinkMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminMailQuery, AdminMailQueryVariables>;
export const AdminNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodesFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userSearch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierType"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeStatusBadge_node"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userSearch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<AdminNodesQuery, AdminNodesQueryVariables>;
export const AssignNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AssignNodeMutation, AssignNodeMutationVariables>;
export const UnassignNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignNodeMutation, UnassignNodeMutationVariables>;
export const AdminRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestQueueItem_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestQueueItem_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdminRequestsQuery, AdminRequestsQueryVariables>;
export const UpdateSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestQueueItem_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestQueueItem_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UpdateSupportRequestMutation, UpdateSupportRequestMutationVariables>;
export const AdminStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"admins"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"trackedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSupportRequests"}},{"kind":"Field","name":{"kind":"Name","value":"demoMode"}},{"kind":"Field","name":{"kind":"Name","value":"cacheBackend"}},{"kind":"Field","name":{"kind":"Name","value":"cacheHealthy"}},{"kind":"Field","name":{"kind":"Name","value":"cacheHitRate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"trackedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"}},{"kind":"Field","name":{"kind":"Name","value":"earningsRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}}]}}]}}]}}]} as unknown as DocumentNode<AdminStatsQuery, AdminStatsQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"telegram"}},{"kind":"Field","name":{"kind":"Name","value":"discord"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertList_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliveries_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertList_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDeliveries_delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const DashboardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeNodes"}},{"kind":"Field","name":{"kind":"Name","value":"attentionNodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"earningsMonth"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRequests"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsAttention_dashboard"}},{"kind":"Field","name":{"kind":"Name","value":"earningsSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarningsChart_point"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeed_event"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsFreshness_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeTable_node"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsAttention_dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskNodes"}},{"kind":"Field","name":{"kind":"Name","value":"claimable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiredThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"zeroRewardEpochsThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"attention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"riskReason"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarningsChart_point"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeed_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"nodeName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"fromRequestStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toRequestStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsFreshness_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statsFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statsStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeTable_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"hardware"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerSec"}},{"kind":"Field","name":{"kind":"Name","value":"jobsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeObservedSince"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeStatusBadge_node"}}]}}]} as unknown as DocumentNode<DashboardPageQuery, DashboardPageQueryVariables>;
export const NodeAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MuteControl_node"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertList_connection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertItem_alert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertDeliveries_delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MuteControl_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertList_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertItem_alert"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertDeliveries_delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeAlertsQuery, NodeAlertsQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsFreshness_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeStatusBadge_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeSpecs_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeMetrics_node"}},{"kind":"Field","name":{"kind":"Name","value":"epochRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpochRiskGauge_risk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeExplorerUrlTemplate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeWeight_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"weightShare"}},{"kind":"Field","name":{"kind":"Name","value":"weightRank"}},{"kind":"Field","name":{"kind":"Name","value":"weightRankOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsFreshness_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statsFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statsStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeSpecs_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"identifierType"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeModel"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeWeight_node"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hardware"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"models"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeMetrics_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeObservedSince"}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerSec"}},{"kind":"Field","name":{"kind":"Name","value":"jobsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochRiskGauge_risk"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"missedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedReward"}},{"kind":"Field","name":{"kind":"Name","value":"estimateSource"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxMissedAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weightCost"}},{"kind":"Field","name":{"kind":"Name","value":"weightCostShare"}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NodeEpochsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeEpochs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpochTable_outcome"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EpochRewardChart_outcome"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochTable_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewarded"}},{"kind":"Field","name":{"kind":"Name","value":"inferenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"missedRequests"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedInferences"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"verdictReason"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"claimStatus"}},{"kind":"Field","name":{"kind":"Name","value":"claimDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"downtimeTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxMissedAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"networkMissedRate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EpochRewardChart_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EpochOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"rewarded"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<NodeEpochsQuery, NodeEpochsQueryVariables>;
export const NodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"earnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarningsChart_point"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusTimeline_change"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarningsChart_point"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarningsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"epoch"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusTimeline_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NodeStatusChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"oldStatus"}},{"kind":"Field","name":{"kind":"Name","value":"newStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const NodesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodesFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeOrderInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsFreshness_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeTable_node"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeStatusBadge_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jailedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReason"}},{"kind":"Field","name":{"kind":"Name","value":"missedRate"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationPocRatio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsFreshness_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statsFetchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statsStale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeTable_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"hardware"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokensPerSec"}},{"kind":"Field","name":{"kind":"Name","value":"jobsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDay"}},{"kind":"Field","name":{"kind":"Name","value":"earningsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeObservedSince"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeStatusBadge_node"}}]}}]} as unknown as DocumentNode<NodesPageQuery, NodesPageQueryVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRulesForm_user"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelList_channel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRulesForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdRefreshes"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowHours"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelList_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"telegramLinkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateAlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRulesForm_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRulesForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdRefreshes"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowHours"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMinutes"}}]}}]}}]} as unknown as DocumentNode<UpdateAlertRulesMutation, UpdateAlertRulesMutationVariables>;
export const ProfilePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileForm_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"telegram"}},{"kind":"Field","name":{"kind":"Name","value":"discord"}},{"kind":"Field","name":{"kind":"Name","value":"currencyPreference"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDown"}},{"kind":"Field","name":{"kind":"Name","value":"epochGuard"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDrop"}},{"kind":"Field","name":{"kind":"Name","value":"requestUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<ProfilePageQuery, ProfilePageQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileForm_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileForm_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"telegram"}},{"kind":"Field","name":{"kind":"Name","value":"discord"}},{"kind":"Field","name":{"kind":"Name","value":"currencyPreference"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeDown"}},{"kind":"Field","name":{"kind":"Name","value":"epochGuard"}},{"kind":"Field","name":{"kind":"Name","value":"earningsDrop"}},{"kind":"Field","name":{"kind":"Name","value":"requestUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"system"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateNotificationChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"telegramLinkUrl"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelList_channel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelList_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"telegramLinkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateNotificationChannelMutation, CreateNotificationChannelMutationVariables>;
export const UpdateNotificationChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelList_channel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelList_channel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"telegramLinkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationChannelMutation, UpdateNotificationChannelMutationVariables>;
export const DeleteNotificationChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNotificationChannelMutation, DeleteNotificationChannelMutationVariables>;
export const SendTestNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SendTestNotificationMutation, SendTestNotificationMutationVariables>;
export const CreateSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestList_request"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateSupportRequestMutation, CreateSupportRequestMutationVariables>;
export const RequestsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySupportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestList_request"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestList_request"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"adminNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RequestsPageQuery, RequestsPageQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;