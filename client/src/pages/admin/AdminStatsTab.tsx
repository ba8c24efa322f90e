import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { formatDateTime, formatPercent } from '../../lib/format';

const AdminStatsQuery = graphql(`
  query AdminStats {
    serverInfo {
      name
      version
    }
    systemStats {
      users
      admins
      nodes
      trackedNodes
      pendingSupportRequests
      demoMode
      cacheBackend
      cacheHealthy
      cacheHitRate
      lastRefresh {
        at
        ok
        error
        trackedNodes
        statusChanges
        earningsRows
      }
      upstreams {
        host
        source
        breaker
      }
    }
  }
`);

const BREAKER_COLORS: Record<string, string> = { closed: 'teal', half_open: 'yellow', open: 'red', isolated: 'gray' };

export function AdminStatsTab() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminStatsQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <CardsSkeleton count={1} />;
  if (!data) return null;
  const s = data.systemStats;
  const cards = [
    { label: t('admin.users'), value: `${s.users}`, hint: `${s.admins} admin` },
    { label: t('admin.nodes'), value: `${s.trackedNodes} / ${s.nodes}`, hint: 'tracked / all' },
    { label: t('dashboard.pendingRequests'), value: `${s.pendingSupportRequests}` },
    {
      label: 'Cache',
      value: formatPercent(s.cacheHitRate == null ? null : s.cacheHitRate * 100, i18n.language),
      hint: `${s.cacheBackend}${s.cacheHealthy ? '' : ' (down)'}`,
    },
  ];
  return (
    <Stack gap="lg" data-testid="system-stats">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {cards.map((c) => (
          <Paper withBorder p="md" key={c.label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {c.label}
            </Text>
            <Text fw={700} fz={24} mt={4}>
              {c.value}
            </Text>
            {c.hint && (
              <Text size="xs" c="dimmed">
                {c.hint}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('admin.server')}</Title>
          <Group gap="xs">
            {s.demoMode && (
              <Badge color="yellow" variant="light">
                demo
              </Badge>
            )}
            <Badge variant="default">
              {data.serverInfo.name} {data.serverInfo.version}
            </Badge>
          </Group>
        </Group>
        {s.lastRefresh && (
          <Text size="sm" mb="sm">
            {formatDateTime(s.lastRefresh.at)} · {s.lastRefresh.ok ? 'OK' : s.lastRefresh.error} · {t('format.nodes', { count: s.lastRefresh.trackedNodes })} ·{' '}
            {t('format.statusChanges', { count: s.lastRefresh.statusChanges })} · {t('format.earningsRows', { count: s.lastRefresh.earningsRows })}
          </Text>
        )}
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Tbody>
              {s.upstreams.map((u) => (
                <Table.Tr key={u.host + u.source}>
                  <Table.Td ff="monospace" fz="sm">
                    {u.host}
                  </Table.Td>
                  <Table.Td>{u.source}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={BREAKER_COLORS[u.breaker] ?? 'gray'}>
                      {u.breaker}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
