import { Alert, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InferenceJobStatus } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { TableSkeleton } from '../TableSkeleton/TableSkeleton';

// Own query: the tracker may be down (UPSTREAM_UNAVAILABLE) without breaking the rest of History.
const InferenceJobsQuery = graphql(`
  query NodeInferenceJobs($id: ID!) {
    node(id: $id) {
      id
      inferenceJobs(first: 20) {
        nodes {
          inferenceId
          model
          status
          promptTokens
          completionTokens
          startedAt
        }
      }
    }
  }
`);

const COLORS: Partial<Record<InferenceJobStatus, string>> = { VALIDATED: 'teal', FINISHED: 'blue', STARTED: 'gray', EXPIRED: 'orange', INVALIDATED: 'red' };

export function InferenceJobs({ nodeId }: { nodeId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(InferenceJobsQuery, { variables: { id: nodeId }, errorPolicy: 'all' });
  const jobs = data?.node?.inferenceJobs?.nodes ?? [];
  return (
    <Paper withBorder p="md" data-testid="inference-jobs">
      <Title order={5} mb="sm">
        {t('node.jobs')}
      </Title>
      {loading && !data ? (
        <TableSkeleton rows={3} />
      ) : error && jobs.length === 0 ? (
        <Alert color="orange" variant="light">
          {t('errors.generic')}
        </Alert>
      ) : jobs.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('node.noHistory')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('node.models')}</Table.Th>
                <Table.Th>{t('nodes.status')}</Table.Th>
                <Table.Th ta="right">{t('node.tokens')}</Table.Th>
                <Table.Th>{t('request.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((j) => (
                <Table.Tr key={j.inferenceId}>
                  <Table.Td>
                    <Text size="sm" truncate maw={260} title={j.model}>
                      {j.model}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={COLORS[j.status] ?? 'gray'}>
                      {j.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(j.promptTokens, i18n.language, 0)} / {formatNumber(j.completionTokens, i18n.language, 0)}
                  </Table.Td>
                  <Table.Td>{j.startedAt ? dayjs(j.startedAt).format('D MMM HH:mm') : t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
