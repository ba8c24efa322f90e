import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { StatsFreshness_NodeFragment } from '../../gql/graphql';

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

/**
 * "as of 12:04" and, when the upstream was slow or down, a visible stale marker: for one node, or
 * for a list (the oldest time, stale if any row is).
 */
export function StatsFreshness(props: { nodes: readonly FragmentType<typeof StatsFreshnessFragment>[] }) {
  const { t } = useTranslation();
  const { fetchedAt, stale } = freshnessOf(useFragment(StatsFreshnessFragment, props.nodes));
  if (!fetchedAt) return null;
  const at = dayjs(fetchedAt);
  return (
    <Group gap="xs" wrap="nowrap" data-testid="stats-freshness">
      <Tooltip label={at.format('LLL')}>
        <Text size="xs" c="dimmed">
          {t('freshness.asOf', { time: at.format(at.isSame(dayjs(), 'day') ? 'HH:mm' : 'D MMM HH:mm') })}
        </Text>
      </Tooltip>
      {stale && (
        <Tooltip label={t('freshness.staleHint')} multiline maw={260}>
          <Badge color="orange" variant="outline" size="sm" leftSection={<IconClockExclamation size={12} />}>
            {t('freshness.stale')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
