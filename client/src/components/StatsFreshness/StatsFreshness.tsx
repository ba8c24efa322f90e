import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClockExclamation, IconRefresh } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { StatsFreshness_NodeFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import type { LiveMode } from '../../lib/useLiveUpdates';
import { LiveIndicator } from '../LiveIndicator/LiveIndicator';

export const StatsFreshnessFragment = graphql(`
  fragment StatsFreshness_node on Node {
    statsFetchedAt
    statsStale
  }
`);

export interface Freshness {
  fetchedAt: string | null;
  stale: boolean;
}

/** The oldest fetch time and whether any row is stale, for a list of nodes (rows with no data yet have no time). */
export function freshnessOf(nodes: readonly StatsFreshness_NodeFragment[]): Freshness {
  const times = nodes.map((n) => n.statsFetchedAt).filter((at): at is string => at !== null);
  // ISO 8601 times in UTC sort as text: the first is the oldest.
  const oldest = times.sort()[0] ?? null;
  return { fetchedAt: oldest, stale: nodes.some((n) => n.statsStale) };
}

/** "40 sec. ago" in the UI language, in the largest unit that fits; ticks once a second. */
function useAge(fetchedAt: string | null, language: string) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!fetchedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [fetchedAt]);
  if (!fetchedAt) return null;
  // A server clock slightly ahead of ours must not read as "in 2 sec.".
  const seconds = Math.max(0, Math.round((now - Date.parse(fetchedAt)) / 1000));
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), 'hour');
  return format.format(-Math.floor(seconds / 86_400), 'day');
}

/**
 * "as of 12:04 · 40 sec. ago" (the exact time in a tooltip) and, when the upstream was slow or down,
 * a visible stale marker: for one node, or for a list (the oldest time, stale if any row is). With
 * `onRefresh`, a "refresh now" button, shown even before the first data arrived.
 */
export function StatsFreshness(props: {
  nodes: readonly FragmentType<typeof StatsFreshnessFragment>[];
  onRefresh?: () => void;
  refreshing?: boolean;
  /** How the page stays current (useLiveUpdates): shown as "live" or "polling". */
  mode?: LiveMode;
}) {
  const { t, i18n } = useTranslation();
  const { fetchedAt, stale } = freshnessOf(useFragment(StatsFreshnessFragment, props.nodes));
  const age = useAge(fetchedAt, i18n.language);
  if (!fetchedAt && !props.onRefresh) return null;
  const at = fetchedAt ? dayjs(fetchedAt) : null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="stats-freshness">
      {at && (
        <Tooltip label={at.format('LLL')}>
          <Text size="xs" c="dimmed">
            {t('freshness.asOf', { time: at.isSame(dayjs(), 'day') ? at.format('HH:mm') : formatDateTime(fetchedAt) })} · {age}
          </Text>
        </Tooltip>
      )}
      {props.mode && <LiveIndicator mode={props.mode} />}
      {stale && (
        <Tooltip label={t('freshness.staleHint')} multiline maw={260}>
          <Badge color="orange" variant="outline" size="sm" leftSection={<IconClockExclamation size={12} />}>
            {t('freshness.stale')}
          </Badge>
        </Tooltip>
      )}
      {props.onRefresh && (
        <Tooltip label={t('liveData.refresh')}>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('liveData.refresh')} loading={props.refreshing} onClick={props.onRefresh}>
            <IconRefresh size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
