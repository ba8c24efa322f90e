import { Accordion, Badge, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { useAlertTexts } from '../../lib/alert-texts';
import { formatDateTime } from '../../lib/format';

const LIST_SIZE = 50;

const AdminMailQuery = graphql(`
  query AdminMail($first: Int!) {
    sinkMail(first: $first) {
      id
      to
      subject
      text
      receivedAt
    }
    failedDeliveries(first: $first) {
      totalCount
      edges {
        node {
          id
          event
          attempts
          error
          createdAt
          channel {
            id
            kind
            label
          }
        }
      }
    }
  }
`);

/** The demo/test SMTP sink's mail and the deliveries that gave up: what admins check when a notice "never arrived". */
export function AdminMailTab() {
  const { t } = useTranslation();
  const texts = useAlertTexts();
  // The sink exists only in demo and tests: its error must not hide the failed deliveries.
  const { data, error, refetch } = useQuery(AdminMailQuery, { variables: { first: LIST_SIZE }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={2} height={120} />;
  const mail = data.sinkMail ?? [];
  const failed = data.failedDeliveries?.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" data-testid="sink-mail">
        <Title order={5}>{t('alerts.admin.sink')}</Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('alerts.admin.sinkHint')}
        </Text>
        {mail.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('alerts.admin.sinkEmpty')}
          </Text>
        ) : (
          <Accordion variant="separated">
            {mail.map((m) => (
              <Accordion.Item key={m.id} value={m.id}>
                <Accordion.Control>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" fw={500} truncate>
                      {m.subject}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {m.to} · {formatDateTime(m.receivedAt)}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Code block style={{ whiteSpace: 'pre-wrap' }}>
                    {m.text}
                  </Code>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Paper>
      <Paper withBorder p="md" data-testid="failed-deliveries">
        <Title order={5} mb="sm">
          {t('alerts.admin.failed')} {data.failedDeliveries ? `(${data.failedDeliveries.totalCount})` : ''}
        </Title>
        {failed.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('alerts.admin.failedEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('alerts.admin.channel')}</Table.Th>
                  <Table.Th>{t('alerts.admin.received')}</Table.Th>
                  <Table.Th>{t('alerts.admin.attempts')}</Table.Th>
                  <Table.Th>{t('alerts.admin.error')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failed.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge size="xs" variant="light">
                          {d.channel ? texts.channelKind(d.channel.kind) : '—'}
                        </Badge>
                        <Text size="sm">{d.channel?.label ?? t('alerts.delivery.deletedChannel')}</Text>
                        <Text size="xs" c="dimmed">
                          {texts.deliveryEvent(d.event)}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td title={d.error ?? undefined}>{texts.deliveryError(d.error)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
