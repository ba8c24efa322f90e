import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity } from '../gql/graphql';

/** One colour per severity, used by badges and the bell's accents alike. */
export const SEVERITY_COLOR: Record<AlertSeverity, string> = { INFO: 'blue', WARNING: 'orange', CRITICAL: 'red' };

/** Mantine colour of a server severity code (an unknown code from a newer server stays neutral). */
export function severityColor(severity: string): string {
  return SEVERITY_COLOR[severity as AlertSeverity] ?? 'gray';
}

/**
 * A delivery's failure reason as the server's senders phrase it (server/src/modules/notifications/senders,
 * DeliveryFailure): a short English line such as "webhook answered HTTP 503" or "network: ECONNREFUSED".
 * Known shapes are worded in the reader's language (details such as an SMTP reply stay as sent);
 * anything else is shown as it came.
 */
const DELIVERY_ERRORS: [RegExp, string, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^(\w+) answered HTTP (\d{3})$/, 'httpStatus', (m) => ({ what: m[1], status: m[2] })],
  [/^network: (.*)$/s, 'network', (m) => ({ detail: m[1] })],
  [/^response: (.*)$/s, 'response', (m) => ({ detail: m[1] })],
  [/^SMTP: (.*)$/s, 'smtp', (m) => ({ detail: m[1] })],
  [/^target refused: (.*)$/s, 'targetRefused', (m) => ({ detail: m[1] })],
  [/^channel was removed$/, 'channelRemoved', () => ({})],
  [/^Telegram chat not linked yet$/, 'notLinked', () => ({})],
  [/^Telegram is not configured/, 'telegramOff', () => ({})],
  [/^Telegram: (.*)$/s, 'telegram', (m) => ({ detail: m[1] })],
  [/^webhook channel has no secret$/, 'noSecret', () => ({})],
  [/^mail sink not running$/, 'sinkDown', () => ({})],
];

export function deliveryErrorText(t: TFunction, error: string | null | undefined): string {
  if (!error) return '';
  for (const [pattern, key, vars] of DELIVERY_ERRORS) {
    const match = pattern.exec(error.trim());
    if (match) return t(`alerts.delivery.error.${key}`, vars(match));
  }
  return error;
}

/** The wording of alert codes in the active language. */
export function useAlertTexts() {
  const { t } = useTranslation();
  return {
    kind: (kind: string) => t(`alerts.kind.${kind}`, { defaultValue: kind }),
    severity: (severity: string) => t(`alerts.severity.${severity}`, { defaultValue: severity }),
    state: (state: string) => t(`alerts.state.${state}`, { defaultValue: state }),
    channelKind: (kind: string) => t(`alerts.channels.kind.${kind}`, { defaultValue: kind }),
    channelStatus: (status: string) => t(`alerts.channels.status.${status}`, { defaultValue: status }),
    deliveryStatus: (status: string) => t(`alerts.delivery.status.${status}`, { defaultValue: status }),
    deliveryEvent: (event: string) => t(`alerts.delivery.event.${event}`, { defaultValue: event }),
    deliveryError: (error: string | null | undefined) => deliveryErrorText(t, error),
    ago: (at: string) => dayjs(at).fromNow(),
  };
}
