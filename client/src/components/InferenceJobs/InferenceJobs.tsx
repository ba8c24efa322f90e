import { Alert, Badge, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InferenceJobStatus } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useServerTexts } from '../../lib/server-texts';
import { ResponsiveTable } from '../ResponsiveTable/ResponsiveTable';
import { TableSkeleton } from '../TableSkeleton/TableSkeleton';

// Own query: the tracker may be down (UPSTREAM_UNAVAILABLE) without breaking the rest of History.
export const InferenceJobsQuery = graphql(`
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
  const texts = useServerTexts();
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
        <ResponsiveTable
          rows={jobs}
          rowKey={(j) => j.inferenceId}
          minWidth={560}
          tableProps={{ verticalSpacing: 'xs', fz: 'sm', highlightOnHover: false }}
          testIds={{ cards: 'inference-job-cards', card: 'inference-job-card' }}
          columns={[
            {
              key: 'model',
              header: t('node.models'),
              card: 'title',
              cell: (j) => (
                <Text size="sm" truncate maw={260} title={j.model}>
                  {j.model}
                </Text>
              ),
            },
            {
              key: 'status',
              header: t('nodes.status'),
              card: 'status',
              cell: (j) => (
                <Badge variant="light" color={COLORS[j.status] ?? 'gray'}>
                  {texts.jobStatus(j.status)}
                </Badge>
              ),
            },
            {
              key: 'tokens',
              header: t('node.tokens'),
              numeric: true,
              cell: (j) => `${formatNumber(j.promptTokens, i18n.language, 0)} / ${formatNumber(j.completionTokens, i18n.language, 0)}`,
            },
            { key: 'started', header: t('request.createdAt'), cell: (j) => (j.startedAt ? formatDateTime(j.startedAt) : t('common.none')) },
          ]}
        />
      )}
    </Paper>
  );
}
