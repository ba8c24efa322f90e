import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../gql';
import type { StatusReason_DetailsFragment } from '../gql/graphql';
import type { StatusReasonDetailsFragment } from '../components/StatusReason/StatusReason';
import { enServerTexts } from '../i18n/en-server-texts';
import { formatDateTime } from './format';

/**
 * The server sends codes and figures next to its English texts (issue #15); these word them in
 * the UI language. A code this client does not know yet (a newer server) falls back to the
 * server's own text, so nothing is ever blank.
 */

type StatusDetails = StatusReason_DetailsFragment;
/** The figures as documents select them: the masked StatusReason_details fragment. */
type StatusDetailsRef = FragmentType<typeof StatusReasonDetailsFragment>;

/**
 * The fragment's data. The generated useFragment only retypes its argument (masking is types only),
 * so this is the same unmasking without importing the document (StatusReason.tsx imports this file).
 */
function unmask(ref: StatusDetailsRef | null | undefined): StatusDetails | null {
  return (ref as StatusDetails | null | undefined) ?? null;
}

export interface StatusReasonSource {
  status?: string;
  statusReason: string;
  statusRule?: string | null;
  statusDetails?: StatusDetailsRef | null;
}

export interface ActivitySource {
  message: string;
  params?: {
    action: string;
    nodeName?: string | null;
    fromStatus?: string | null;
    toStatus?: string | null;
    statusRule?: string | null;
    statusDetails?: StatusDetailsRef | null;
    requestType?: string | null;
    quantity?: number | null;
    gpuType?: string | null;
    fromRequestStatus?: string | null;
    toRequestStatus?: string | null;
  } | null;
}

const MAX_DIGITS = 10;

/**
 * A value and the bound it crossed with the same decimals: `minDigits`, or more until they differ
 * ("0.897 < 0.900", never "0.90 < 0.90") — as the server words its reasons.
 */
export function formatComparison(value: number, limit: number, minDigits: number, lang: string): [string, string] {
  let digits = minDigits;
  while (value !== limit && digits < MAX_DIGITS && value.toFixed(digits) === limit.toFixed(digits)) digits++;
  const format = (n: number) => n.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return [format(value), format(limit)];
}

function hasRule(rule: string | null | undefined): rule is keyof typeof enServerTexts.rule {
  return !!rule && rule in enServerTexts.rule;
}

/** The rule's text, with its figures when the server sent them; null for a rule this client does not know. */
function ruleText(t: TFunction, lang: string, rule: string | null | undefined, d: StatusDetails | null | undefined): string | null {
  if (!hasRule(rule)) return null;
  const key = `serverTexts.rule.${rule}`;
  const percents = (value: number, limit: number) => {
    const [v, l] = formatComparison(value * 100, limit * 100, 1, lang);
    return { value: `${v}%`, limit: `${l}%` };
  };
  switch (rule) {
    case 'VALIDATOR_JAILED':
      return d?.jailedUntil ? t(`${key}_UNTIL`, { until: formatDateTime(d.jailedUntil, lang) }) : t(key);
    case 'EXCLUDED_THIS_EPOCH':
      return d?.exclusionReason ? t(`${key}_WHY`, { why: d.exclusionReason }) : t(key);
    case 'MISSED_RATE':
      return d?.missedRate != null && d.threshold != null ? t(`${key}_FIGURES`, percents(d.missedRate, d.threshold)) : t(key);
    case 'INVALIDATION_RATE':
      return d?.invalidationRate != null && d.threshold != null ? t(`${key}_FIGURES`, percents(d.invalidationRate, d.threshold)) : t(key);
    case 'CONFIRMATION_POC_RATIO': {
      if (d?.confirmationPocRatio == null || d.threshold == null) return t(key);
      const [value, limit] = formatComparison(d.confirmationPocRatio, d.threshold, 2, lang);
      return t(`${key}_FIGURES`, { value, limit });
    }
    default:
      return t(key);
  }
}

export function statusReasonText(t: TFunction, lang: string, node: StatusReasonSource): string {
  if (node.status === 'UNKNOWN') return t('serverTexts.noDataYet');
  return ruleText(t, lang, node.statusRule, unmask(node.statusDetails)) ?? node.statusReason;
}

export function activityText(t: TFunction, lang: string, event: ActivitySource): string {
  const p = event.params;
  if (!p) return event.message;
  const key = `serverTexts.activity.${p.action}`;
  const node = p.nodeName ?? '';
  switch (p.action) {
    case 'NODE_STATUS_CHANGED': {
      const why = ruleText(t, lang, p.statusRule, unmask(p.statusDetails));
      const vars = { node, from: t(`status.${p.fromStatus}`), to: t(`status.${p.toStatus}`) };
      return why ? t(`${key}_WHY`, { ...vars, why }) : t(key, vars);
    }
    case 'NODE_ASSIGNED':
    case 'NODE_UNASSIGNED':
      return t(key, { node });
    case 'REQUEST_CREATED': {
      const type = t(`requestType.${p.requestType}`);
      if (p.requestType !== 'NEW_NODE') return t(key, { type });
      return p.gpuType ? t(`${key}_NODES_GPU`, { type, quantity: p.quantity, gpu: p.gpuType }) : t(`${key}_NODES`, { type, quantity: p.quantity });
    }
    case 'REQUEST_STATUS_CHANGED':
      return t(key, { from: t(`requestStatus.${p.fromRequestStatus}`), to: t(`requestStatus.${p.toRequestStatus}`) });
    case 'REQUEST_ASSIGNED':
    case 'REQUEST_UNASSIGNED':
    case 'REQUEST_NOTES_UPDATED':
    case 'REQUEST_NOTES_CLEARED':
      return t(key);
    default:
      return event.message;
  }
}

/** The wording functions bound to the active language. */
export function useServerTexts() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return {
    statusReason: (node: StatusReasonSource) => statusReasonText(t, lang, node),
    activity: (event: ActivitySource) => activityText(t, lang, event),
    jobStatus: (status: string) => t(`serverTexts.jobStatus.${status}`, { defaultValue: status }),
  };
}
