import { Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The window the server measures uptimePercent over (Node.uptimePercent: the last 7 days). */
export const UPTIME_WINDOW_DAYS = 7;
// The server puts observedSince at the window start when it observed longer; allow for clock skew.
const WINDOW_SLACK_MS = 60 * 60 * 1000;

/** When observation began inside the window, else null (observed over the whole window). */
export function observedWithinWindow(observedSince: string | null | undefined, now = Date.now()): Date | null {
  if (!observedSince) return null;
  const since = new Date(observedSince);
  const windowStart = now - UPTIME_WINDOW_DAYS * 86_400_000;
  return since.getTime() > windowStart + WINDOW_SLACK_MS ? since : null;
}

/**
 * What an uptime % is a share of: "over the last 7 days", or "since <date>" for a node observed for
 * less than that — so 100 % after one day does not read as a week's record.
 */
export function UptimeSpan({ observedSince, format = 'lll' }: { observedSince: string | null | undefined; format?: string }) {
  const { t } = useTranslation();
  if (!observedSince) return null;
  const since = observedWithinWindow(observedSince);
  return (
    <Text size="xs" c="dimmed" data-testid="uptime-span">
      {since ? t('nodes.uptimeSince', { date: dayjs(since).format(format) }) : t('nodes.uptimeOverDays', { days: UPTIME_WINDOW_DAYS })}
    </Text>
  );
}
