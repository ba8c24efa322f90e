import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { NodeStatusBadge } from '../../components/NodeStatusBadge/NodeStatusBadge';
import { NodeSpecs } from '../../components/NodeSpecs/NodeSpecs';
import { StatsFreshness } from '../../components/StatsFreshness/StatsFreshness';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { NodeHistory } from './NodeHistory';
import { NodeMetricsTab } from './NodeMetricsTab';
import { NodeEpochs } from './NodeEpochs';
import { NodeAlerts } from './NodeAlerts';
import { EpochRiskGauge } from '../../components/EpochRiskGauge/EpochRiskGauge';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { shortIdentifier } from '../../lib/format';
import { StatusReason } from '../../components/StatusReason/StatusReason';
import { useLiveUpdates } from '../../lib/useLiveUpdates';
import { CloudInstanceCard, cloudInstanceFailed } from '../../components/CloudInstanceCard/CloudInstanceCard';
import { CloudInstanceLinkForm } from '../../components/CloudInstanceCard/CloudInstanceLinkForm';
import { useSession } from '../../session/SessionProvider';
import { NodeRentPanel } from '../../components/NodeRent/NodeRentPanel';
import { ExpectedVsRealisedCard } from '../../components/ExpectedEarnings/ExpectedVsRealisedCard';

const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      id
      displayName
      identifier
      status
      statusReason
      statusRule
      statusDetails {
        ...StatusReason_details
      }
      ...StatsFreshness_node
      ...NodeStatusBadge_node
      ...NodeSpecs_node
      ...NodeMetrics_node
      ...CloudInstanceCard_node
      ...ExpectedVsRealisedCard_node
      epochRisk {
        ...EpochRiskGauge_risk
      }
    }
    serverInfo {
      nodeExplorerUrlTemplate
    }
    price {
      source
    }
  }
`);

export default function NodeDetailsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(NodeDetailsQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    // A failing upstream nulls only the fields that need it (e.g. hardware): show the rest.
    errorPolicy: 'all',
  });
  const { data, loading, error, refetch } = query;
  const { refresh, mode } = useLiveUpdates(query, { nodeStatus: true });
  const { user } = useSession();

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <CardsSkeleton />;
  if (!data) return null;
  const node = data.node;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/nodes" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('node.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="node-title">
              {node.displayName ?? shortIdentifier(node.identifier)}
            </Title>
            <NodeStatusBadge node={node} size="lg" />
          </Group>
          <Text size="sm" c="dimmed" data-testid="node-status-reason">
            <StatusReason source={node} />
          </Text>
        </Stack>
        <StatsFreshness nodes={[node]} mode={mode} onRefresh={refresh} refreshing={loading} />
      </Group>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('node.overview')}</Tabs.Tab>
          <Tabs.Tab value="metrics" data-testid="tab-metrics">
            {t('node.metrics')}
          </Tabs.Tab>
          <Tabs.Tab value="epochs" data-testid="tab-epochs">
            {t('epochs.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('node.history')}
          </Tabs.Tab>
          <Tabs.Tab value="alerts" data-testid="tab-alerts">
            {t('alerts.node.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="md">
            <EpochRiskGauge risk={node.epochRisk} priceSource={data.price?.source} />
            <NodeSpecs node={node} explorerUrlTemplate={data.serverInfo.nodeExplorerUrlTemplate} />
            <CloudInstanceCard
              node={node}
              unavailable={cloudInstanceFailed(error)}
              adminControls={user?.role === 'ADMIN' ? (nodeId, linked) => <CloudInstanceLinkForm nodeId={nodeId} linked={linked} /> : undefined}
            />
            <ExpectedVsRealisedCard node={node} />
            <NodeRentPanel nodeId={node.id} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="epochs">
          <NodeEpochs nodeId={node.id} priceSource={data.price?.source} />
        </Tabs.Panel>
        <Tabs.Panel value="metrics">
          <NodeMetricsTab nodeId={node.id} node={node} priceSource={data.price?.source} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <NodeHistory nodeId={node.id} priceSource={data.price?.source} />
        </Tabs.Panel>
        <Tabs.Panel value="alerts">
          <NodeAlerts nodeId={node.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
