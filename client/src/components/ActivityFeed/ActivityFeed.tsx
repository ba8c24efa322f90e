import { Anchor, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconActivity, IconLink, IconMessage } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { useServerTexts } from '../../lib/server-texts';
import { formatDateTime } from '../../lib/format';

export const ActivityFeedFragment = graphql(`
  fragment ActivityFeed_event on ActivityEvent {
    id
    kind
    message
    params {
      action
      nodeName
      fromStatus
      toStatus
      statusRule
      statusDetails {
        ...StatusReason_details
      }
      requestType
      quantity
      gpuType
      fromRequestStatus
      toRequestStatus
    }
    createdAt
    nodeId
    supportRequestId
  }
`);

const ICONS = { STATUS_CHANGE: IconActivity, ASSIGNMENT: IconLink, REQUEST_UPDATE: IconMessage } as const;

export function ActivityFeed(props: { events: FragmentType<typeof ActivityFeedFragment>[] }) {
  const events = useFragment(ActivityFeedFragment, props.events);
  const { t } = useTranslation();
  const texts = useServerTexts();
  if (events.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('dashboard.noActivity')}
      </Text>
    );
  return (
    <Timeline bulletSize={24} lineWidth={2} data-testid="activity-feed">
      {events.map((e) => {
        const Icon = ICONS[e.kind];
        const to = e.nodeId ? `/nodes/${e.nodeId}` : e.supportRequestId ? '/requests' : null;
        const text = texts.activity(e);
        return (
          <Timeline.Item
            key={e.id}
            bullet={
              <ThemeIcon size={24} radius="xl" variant="light">
                <Icon size={14} />
              </ThemeIcon>
            }
          >
            {to ? (
              <Anchor component={Link} to={to} size="sm" c="inherit">
                {text}
              </Anchor>
            ) : (
              <Text size="sm">{text}</Text>
            )}
            <Text size="xs" c="dimmed" title={formatDateTime(e.createdAt)}>
              {dayjs(e.createdAt).fromNow()}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
