import { Box, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime, formatPercent } from '../../lib/format';

export const UptimeTimelineFragment = graphql(`
  fragment UptimeTimeline_point on NodeEpochMetrics {
    epoch
    startedAt
    inProgress
    uptimePercent
  }
`);

/** The same bands as the Metrics card's uptime bar; grey: not observed (absent is not 0%). */
function uptimeColor(uptime: number | null | undefined): string {
  if (uptime == null) return 'var(--mantine-color-gray-3)';
  if (uptime >= 95) return 'var(--mantine-color-teal-6)';
  if (uptime >= 80) return 'var(--mantine-color-yellow-5)';
  return 'var(--mantine-color-red-6)';
}

/** Uptime as a strip of epochs, oldest to newest: one cell per epoch, coloured by its uptime. */
export function UptimeTimeline(props: { points: FragmentType<typeof UptimeTimelineFragment>[] }) {
  const points = useFragment(UptimeTimelineFragment, props.points);
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <div data-testid="uptime-timeline">
      <Group gap={2} wrap="nowrap" style={{ overflowX: 'auto' }}>
        {points.map((p) => {
          const value = p.uptimePercent == null ? t('history.notObserved') : t('history.uptimeValue', { value: formatPercent(p.uptimePercent, lng) });
          const when = p.startedAt ? ` · ${formatDateTime(p.startedAt, lng)}` : '';
          const label = `${t('history.epoch', { epoch: p.epoch })}${p.inProgress ? ` (${t('history.running')})` : ''}: ${value}${when}`;
          return (
            <Tooltip key={p.epoch} label={label} withArrow events={{ hover: true, focus: true, touch: true }}>
              <Box
                data-testid="uptime-cell"
                tabIndex={0}
                aria-label={label}
                style={{ flex: '1 0 6px', minWidth: 6, maxWidth: 24, height: 24, borderRadius: 3, background: uptimeColor(p.uptimePercent) }}
              />
            </Tooltip>
          );
        })}
      </Group>
      {points.length > 0 && (
        <Group justify="space-between" mt={4}>
          <Text size="xs" c="dimmed">
            #{points[0].epoch}
          </Text>
          <Text size="xs" c="dimmed">
            #{points[points.length - 1].epoch}
          </Text>
        </Group>
      )}
    </div>
  );
}
