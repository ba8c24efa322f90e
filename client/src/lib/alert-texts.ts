import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity } from '../gql/graphql';

/** One colour per severity, used by badges and the bell's accents alike. */
export const SEVERITY_COLOR: Record<AlertSeverity, string> = { INFO: 'blue', WARNING: 'orange', CRITICAL: 'red' };

/** Mantine colour of a server severity code (an unknown code from a newer server stays neutral). */
export function severityColor(severity: string): string {
  return SEVERITY_COLOR[severity as AlertSeverity] ?? 'gray';
}

/**
 * A delivery's failure reason: the server sends a short reason, starting with a code where it has one
 * ("TIMEOUT", "CHAT_NOT_FOUND: …"); known codes are worded, anything else is shown as sent.
 */
export function deliveryErrorKey(error: string | null | undefined): string | null {
  if (!error) return null;
  const code = /^([A-Z_]+)(?::|$)/.exec(error.trim())?.[1];
  return code ? `alerts.delivery.error.${code}` : null;
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
    deliveryError: (error: string | null | undefined) => {
      const key = deliveryErrorKey(error);
      return key ? t(key, { defaultValue: error ?? '' }) : (error ?? '');
    },
    ago: (at: string) => dayjs(at).fromNow(),
  };
}
