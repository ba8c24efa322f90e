import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { SupportRequestStatus, UpdateSupportRequestInput } from '../../gql/graphql';
import { RequestStatusBadge } from '../RequestStatusBadge/RequestStatusBadge';
import { formatDateTime } from '../../lib/format';
import { LinkedNodes } from '../RequestNodeLinks/RequestNodeLinks';
import { ExpectedEarningsFigures } from '../ExpectedEarnings/ExpectedEarningsFigures';

export const RequestQueueItemFragment = graphql(`
  fragment RequestQueueItem_request on SupportRequest {
    id
    type
    status
    gpuType
    quantity
    budget
    comments
    adminNotes
    createdAt
    user {
      id
      email
    }
    assignedTo {
      id
      email
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

/** The lifecycle: PENDING → IN_PROGRESS → COMPLETED | REJECTED, or PENDING → REJECTED. */
export const NEXT_STATUSES: Record<SupportRequestStatus, SupportRequestStatus[]> = {
  PENDING: ['IN_PROGRESS', 'REJECTED'],
  IN_PROGRESS: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};

export function RequestQueueItem(props: {
  request: FragmentType<typeof RequestQueueItemFragment>;
  currentUserId: string;
  onUpdate(id: string, input: UpdateSupportRequestInput): Promise<void>;
  /** The page's picker of the customer's nodes to link to a new-node request (it owns the query). */
  nodePicker?: (request: { customerId: string; linkedIds: string[] }) => React.ReactNode;
}) {
  const r = useFragment(RequestQueueItemFragment, props.request);
  const { t } = useTranslation();
  const [notes, setNotes] = useState(r.adminNotes ?? '');
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, input: UpdateSupportRequestInput) => {
    setBusy(key);
    try {
      await props.onUpdate(r.id, input);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="queue-item">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge variant="default">{t(`requestType.${r.type}`)}</Badge>
              <Text fw={600}>{r.user.email}</Text>
            </Group>
            <Text size="sm">{[r.gpuType, `× ${r.quantity}`, r.budget].filter(Boolean).join(' · ')}</Text>
            {r.comments && (
              <Text size="sm" c="dimmed">
                {r.comments}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(r.createdAt)} · {t('request.assignee')}:{' '}
              {r.assignedTo ? [r.assignedTo.displayName, r.assignedTo.email].filter(Boolean).join(' · ') : t('common.none')}
            </Text>
          </Stack>
          <RequestStatusBadge status={r.status} />
        </Group>
        {/* What the customer was told to expect, as kept with the request ("—": none was shown). */}
        {r.type === 'NEW_NODE' && <ExpectedEarningsFigures expected={r.expectedEarnings} title={t('expected.shownToCustomer')} shownAt />}
        <LinkedNodes nodes={r.nodes} />
        {r.type === 'NEW_NODE' &&
          r.status !== 'REJECTED' &&
          r.status !== 'PENDING' &&
          props.nodePicker?.({ customerId: r.user.id, linkedIds: r.nodes.map((n) => n.id) })}
        <Textarea
          aria-label={t('request.notes')}
          placeholder={t('request.notes')}
          autosize
          minRows={1}
          maxRows={4}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Group gap="xs" justify="flex-end" wrap="wrap">
          {notes !== (r.adminNotes ?? '') && (
            <Button size="xs" variant="default" loading={busy === 'notes'} onClick={() => void run('notes', { adminNotes: notes })}>
              {t('admin.saveNotes')}
            </Button>
          )}
          {r.assignedTo?.id !== props.currentUserId && NEXT_STATUSES[r.status].length > 0 && (
            <Button size="xs" variant="default" loading={busy === 'assign'} onClick={() => void run('assign', { assignedToId: props.currentUserId })}>
              {t('admin.assignToMe')}
            </Button>
          )}
          {NEXT_STATUSES[r.status].map((s) => (
            <Button
              key={s}
              size="xs"
              variant={s === 'REJECTED' ? 'light' : 'filled'}
              color={s === 'REJECTED' ? 'red' : undefined}
              loading={busy === s}
              onClick={() => void run(s, { status: s })}
              data-testid={`move-${s}`}
            >
              {t('admin.moveTo')}: {t(`requestStatus.${s}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
