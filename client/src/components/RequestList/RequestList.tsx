import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { RequestStatusBadge } from '../RequestStatusBadge/RequestStatusBadge';
import { formatDateTime } from '../../lib/format';
import { LinkedNodes } from '../RequestNodeLinks/RequestNodeLinks';
import { ExpectedEarningsFigures } from '../ExpectedEarnings/ExpectedEarningsFigures';

export const RequestListFragment = graphql(`
  fragment RequestList_request on SupportRequest {
    id
    type
    status
    gpuType
    quantity
    budget
    comments
    adminNotes
    createdAt
    updatedAt
    assignee {
      displayName
    }
    nodes {
      id
      displayName
      identifier
    }
    expectedEarnings {
      ...ExpectedEarningsFigures_expected
    }
  }
`);

/**
 * The customer's requests as cards: what was asked, its status, support's notes and who handles it
 * (by public name only: the admin's account is not the customer's to read).
 */
export function RequestList(props: { requests: FragmentType<typeof RequestListFragment>[] }) {
  const requests = useFragment(RequestListFragment, props.requests);
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {requests.map((r) => (
        <Paper withBorder p="md" key={r.id} data-testid="request-item">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Group gap="xs">
                <Badge variant="default">{t(`requestType.${r.type}`)}</Badge>
                <Text fw={600}>{[r.gpuType, r.quantity > 1 || r.gpuType ? `× ${r.quantity}` : null].filter(Boolean).join(' ')}</Text>
              </Group>
              {r.budget && (
                <Text size="sm">
                  {t('request.budget')}: {r.budget}
                </Text>
              )}
              {r.comments && (
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {r.comments}
                </Text>
              )}
              {r.adminNotes && (
                <Text size="sm">
                  <Text span fw={600} inherit>
                    {t('request.notes')}:
                  </Text>{' '}
                  {r.adminNotes}
                </Text>
              )}
              {r.expectedEarnings && <ExpectedEarningsFigures expected={r.expectedEarnings} shownAt />}
              <LinkedNodes nodes={r.nodes} />
              {r.assignee && (
                <Text size="sm" data-testid="request-assignee">
                  {t('request.handledBy')}: {r.assignee.displayName ?? t('request.supportEngineer')}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('request.createdAt')} {formatDateTime(r.createdAt)} · {t('request.updatedAt')} {dayjs(r.updatedAt).fromNow()}
              </Text>
            </Stack>
            <RequestStatusBadge status={r.status} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
