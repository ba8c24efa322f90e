import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../session/SessionProvider';
import { formatFiat } from '../RentForm/fiat';
import { RentButton } from '../RentForm/RentButton';
import { ProfitFigures } from '../ProfitCard/ProfitFigures';
import { NodeRentChart } from './NodeRentChart';

const NodeRentPanelQuery = graphql(`
  query NodeRentPanel($id: ID!) {
    node(id: $id) {
      id
      rents {
        id
        amount
        currency
        period
        validFrom
        validUntil
      }
      profit {
        currency
        ...NodeRentChart_profit
        ...ProfitFigures_profit
      }
    }
  }
`);

/** The node page's money block: profit this month, income vs rent per day, the rent history (admins: set a rent). */
export function NodeRentPanel(props: { nodeId: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { data } = useQuery(NodeRentPanelQuery, { variables: { id: props.nodeId }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const node = data?.node;
  if (!node) return null;
  const currency = node.profit.currency;
  return (
    <Stack gap="md" data-testid="node-rent-panel">
      <ProfitFigures profit={node.profit} />
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('rent.chart.title')}, {currency}
        </Title>
        <NodeRentChart profit={node.profit} />
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('rent.history.title')}</Title>
          {user?.role === 'ADMIN' && <RentButton nodeIds={[node.id]} />}
        </Group>
        {node.rents.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('rent.history.empty')}
          </Text>
        ) : (
          <Table data-testid="rent-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rent.history.amount')}</Table.Th>
                <Table.Th>{t('rent.history.validFrom')}</Table.Th>
                <Table.Th>{t('rent.history.validUntil')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {node.rents.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {formatFiat(r.amount, r.currency, i18n.language)} {t(`rent.form.${r.period}`)}
                  </Table.Td>
                  <Table.Td>{dayjs(r.validFrom).format('LL')}</Table.Td>
                  <Table.Td>{r.validUntil ? dayjs(r.validUntil).format('LL') : <Badge variant="light">{t('rent.history.current')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
