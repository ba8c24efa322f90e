import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatGnk } from './format';

/**
 * The epoch guard's verdicts and risk levels worded in the UI language from the server's codes and
 * figures (#13). When a figure the wording needs is absent, or the code is newer than this client,
 * the server's English text is shown instead, so nothing is blank or made up.
 */

interface TestFigures {
  threshold: number;
  maxMissedAllowed?: number | null;
  networkMissedRate?: number | null;
  mode: string;
}

export interface VerdictSource {
  verdict: string;
  verdictReason: string;
  rewarded: string;
  inferenceCount?: number | null;
  missedRequests?: number | null;
  invalidatedInferences?: number | null;
  missedRate?: number | null;
  exclusionReason?: string | null;
  downtimeTest?: TestFigures | null;
}

export interface RiskSource {
  reasonCode: string;
  reason: string;
  requests?: number | null;
  missedRequests?: number | null;
  missedRate?: number | null;
  invalidationRate?: number | null;
  networkMissedRate?: number | null;
  downtimeThreshold?: number | null;
  downtimeTest?: TestFigures | null;
}

/** A 0..1 rate as a percentage with one decimal ("83.3%"), as the server words its reasons; "—" when absent. */
export function formatRate(rate: number | null | undefined, lang: string): string {
  if (rate == null) return '—';
  return `${(rate * 100).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function isZeroGnk(value: string): boolean {
  return /^0*(\.0*)?$/.test(value.trim());
}

/** "5 of 6 requests missed (83.3%)", or null when the counts are unknown. */
function missedText(t: TFunction, lang: string, missed: number | null | undefined, requests: number | null | undefined): string | null {
  if (missed == null || requests == null) return null;
  if (requests === 0) return t('epochs.reason.noRequests');
  return t('epochs.reason.missed', { count: requests, missed, rate: formatRate(missed / requests, lang) });
}

export function verdictReasonText(t: TFunction, lang: string, o: VerdictSource): string {
  const k = 'epochs.reason';
  const requests = o.inferenceCount != null && o.missedRequests != null ? o.inferenceCount + o.missedRequests : null;
  const missed = missedText(t, lang, o.missedRequests, requests);
  const test = o.downtimeTest;
  const p0 = test ? formatRate(test.threshold, lang) : null;
  const paid = isZeroGnk(o.rewarded) ? t(`${k}.paidZero`) : t(`${k}.paidAmount`, { amount: formatGnk(o.rewarded, 2, lang) });
  const exclusion = () => {
    const why = o.exclusionReason ? t(`${k}.chainReason`, { why: o.exclusionReason }) : '';
    const counted = o.inferenceCount != null && o.invalidatedInferences != null;
    return why + (counted ? t(`${k}.invalidated`, { count: o.inferenceCount, invalidated: o.invalidatedInferences }) : '');
  };
  let text: string | null = null;
  switch (o.verdict) {
    case 'PAID':
      if (missed && test && p0)
        text =
          test.mode === 'SKIPPED'
            ? t(`${k}.PAID_SKIPPED`, { paid, missed, network: formatRate(test.networkMissedRate ?? 0, lang) })
            : t(`${k}.PAID`, { paid, missed, p0 });
      break;
    case 'ZERO_DOWNTIME':
      if (missed && p0) {
        const allowed = test?.maxMissedAllowed != null ? t(`${k}.allowedOf`, { allowed: test.maxMissedAllowed, total: requests }) : '';
        text = t(`${k}.ZERO_DOWNTIME`, { missed, p0 }) + allowed;
      }
      break;
    case 'ZERO_INVALID':
    case 'ZERO_EXCLUDED':
      text = t(`${k}.${o.verdict}`) + exclusion();
      break;
    case 'ZERO_NOT_PARTICIPATING':
      text = t(`${k}.ZERO_NOT_PARTICIPATING`);
      break;
    case 'UNKNOWN':
      if (requests == null) text = t(`${k}.UNKNOWN_NO_COUNTS`, { paid });
      else if (missed && p0) text = t(`${k}.UNKNOWN`, { missed, p0 });
      break;
  }
  return text ? capitalize(text) : o.verdictReason;
}

export function riskReasonText(t: TFunction, lang: string, r: RiskSource): string {
  const k = 'epochs.risk.reason';
  const missed = missedText(t, lang, r.missedRequests, r.requests);
  const allowed = r.downtimeTest?.maxMissedAllowed;
  const threshold = r.downtimeTest?.threshold ?? r.downtimeThreshold;
  const p0 = threshold != null ? formatRate(threshold, lang) : null;
  const network = r.downtimeTest?.networkMissedRate ?? r.networkMissedRate;
  let text: string | null = null;
  switch (r.reasonCode) {
    case 'WITHIN_LIMITS':
    case 'DOWNTIME_NEAR':
    case 'DOWNTIME_FAILING':
      if (missed && allowed != null && p0) text = t(`${k}.${r.reasonCode}`, { missed, allowed, p0 });
      break;
    case 'INVALIDATION_HIGH':
      if (r.invalidationRate != null) text = t(`${k}.INVALIDATION_HIGH`, { rate: formatRate(r.invalidationRate, lang) });
      break;
    case 'NETWORK_FAILING':
      if (network != null) text = t(`${k}.NETWORK_FAILING`, { network: formatRate(network, lang) });
      break;
    case 'DATA_STALE':
      text = missed ? t(`${k}.DATA_STALE_LAST`, { missed }) : t(`${k}.DATA_STALE`);
      break;
    case 'NO_REQUESTS':
    case 'NO_DATA':
    case 'NOT_PARTICIPATING':
    case 'EXCLUDED':
    case 'INVALID':
      text = t(`${k}.${r.reasonCode}`);
      break;
  }
  return text ? capitalize(text) : r.reason;
}

/** The wording functions bound to the active language. */
export function useEpochTexts() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return {
    lang,
    verdictReason: (o: VerdictSource) => verdictReasonText(t, lang, o),
    riskReason: (r: RiskSource) => riskReasonText(t, lang, r),
    rate: (rate: number | null | undefined) => formatRate(rate, lang),
  };
}
