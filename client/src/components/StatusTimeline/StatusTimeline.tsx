import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { STATUS_COLORS } from '../NodeStatusBadge/NodeStatusBadge';
import { formatDateTime } from '../../lib/format';
import { useServerTexts } from '../../lib/server-texts';

export const StatusTimelineFragment = graphql(`
  fragment StatusTimeline_change on NodeStatusChange {
    at
    oldStatus
    newStatus
    reason
    rule
    details {
      ...StatusReason_details
    }
  }
`);

/** The health timeline: each status transition with the rule that caused it, worded in the UI language (old entries: the stored text). */
export function StatusTimeline(props: { changes: FragmentType<typeof StatusTimelineFragment>[] }) {
  const changes = useFragment(StatusTimelineFragment, props.changes);
  const { t, i18n } = useTranslation();
  const texts = useServerTexts();
  if (changes.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('node.noHistory')}
      </Text>
    );
  const label = (s: string) => t(`status.${s}`, { defaultValue: s });
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="status-timeline">
      {changes.map((c) => (
        <Timeline.Item key={c.at + c.newStatus} color={STATUS_COLORS[c.newStatus as keyof typeof STATUS_COLORS] ?? 'gray'}>
          <Group gap="xs">
            {c.oldStatus && (
              <Badge variant="outline" color="gray" size="sm">
                {label(c.oldStatus)}
              </Badge>
            )}
            {c.oldStatus && (
              <Text size="xs" c="dimmed">
                →
              </Text>
            )}
            <Badge variant="light" size="sm" color={STATUS_COLORS[c.newStatus as keyof typeof STATUS_COLORS] ?? 'gray'}>
              {label(c.newStatus)}
            </Badge>
          </Group>
          {(c.rule || c.reason) && (
            <Text size="sm" mt={4} data-testid="status-change-reason">
              {texts.statusReason({ status: c.newStatus, statusReason: c.reason ?? '', statusRule: c.rule, statusDetails: c.details })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(c.at, i18n.language)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
