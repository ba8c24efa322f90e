import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { formatFiat } from '../../components/RentForm/fiat';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { graphql } from '../../gql';
import { formatGnk, shortIdentifier } from '../../lib/format';
import { useSession } from '../../session/SessionProvider';
import { downloadStatementCsv } from './statement-download';
import { StatementCustomerPicker } from './StatementCustomerPicker';
import classes from './StatementPage.module.css';

const StatementPageQuery = graphql(`
  query StatementPage($month: String!, $userId: ID) {
    statement(month: $month, userId: $userId) {
      month
      currency
      customerEmail
      generatedAt
      partial
      priceSource
      totals { gnk value rent net epochs }
      nodes {
        nodeId
        name
        identifier
        totals { gnk value rent net epochs }
        lines { epoch settledAt gnk price priceDay value rentShare net }
      }
    }
  }
`);

/** The last 12 months, newest first (a statement of a future month is refused by the server). */
function recentMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
}

/** The printable monthly statement (print to PDF from the browser) and its CSV download. */
export default function StatementPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const months = recentMonths();
  const month = params.get('month') ?? months[0];
  const userId = params.get('userId') ?? undefined;
  const [downloadFailed, setDownloadFailed] = useState(false);
  const { data, error, refetch, loading } = useQuery(StatementPageQuery, { variables: { month, userId: userId ?? null } });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const s = data?.statement;
  const fiat = (v: string | null | undefined) => (s ? formatFiat(v, s.currency, i18n.language) : '—');
  const gnk = (v: string) => formatGnk(v, 4, i18n.language);
  const download = () => {
    setDownloadFailed(false);
    downloadStatementCsv(month, userId).catch(() => setDownloadFailed(true));
  };
  return (
    <Stack gap="md" className={classes.sheet}>
      <Group justify="space-between" className={classes.noPrint}>
        <Title order={2}>{t('rent.statement.title')}</Title>
        <Group gap="sm">
          <Select aria-label={t('rent.statement.month')} data={months} value={month} onChange={(v) => set('month', v)} allowDeselect={false} w={130} />
          {user?.role === 'ADMIN' && (
            <StatementCustomerPicker
              value={userId}
              current={userId && data?.statement ? { id: userId, email: data.statement.customerEmail } : null}
              onChange={(id) => set('userId', id)}
            />
          )}
          <Button leftSection={<IconDownload size={16} />} variant="default" onClick={download} data-testid="statement-download">
            {t('rent.statement.download')}
          </Button>
          <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
            {t('rent.statement.print')}
          </Button>
        </Group>
      </Group>
      {downloadFailed && <Alert color="red">{t('rent.statement.downloadFailed')}</Alert>}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <CardsSkeleton count={1} height={240} />}
      {s && (
        <Paper withBorder p="md" data-testid="statement">
          <Stack gap={2} mb="md">
            <Title order={3}>
              MineGNK — {t('rent.statement.title')} {s.month}
            </Title>
            <Text size="sm">
              {t('rent.statement.customer')}: {s.customerEmail} · {t('rent.statement.currency')}: {s.currency}
            </Text>
            <Text size="xs" c="dimmed">
              {t('rent.statement.generated', { at: dayjs(s.generatedAt).format('LLL') })}
              {s.priceSource ? ` · ${t('rent.profit.priceSource', { source: s.priceSource })}` : ''}
            </Text>
            {s.partial && (
              <Text size="xs" c="orange">
                {t('rent.statement.partial')}
              </Text>
            )}
          </Stack>
          {s.nodes.length === 0 && <Text c="dimmed">{t('rent.statement.empty')}</Text>}
          {s.nodes.map((n) => (
            <div key={n.nodeId} className={classes.node}>
              <Title order={5} mt="md">
                {n.name ?? shortIdentifier(n.identifier)}{' '}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {n.identifier}
                </Text>
              </Title>
              <Table className={classes.lines} striped withTableBorder mt={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rent.statement.epoch')}</Table.Th>
                    <Table.Th>{t('rent.statement.settled')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rent.statement.gnk')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rent.statement.price')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rent.statement.value')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rent.statement.rentShare')}</Table.Th>
                    <Table.Th className={classes.numeric}>{t('rent.statement.net')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {n.lines.map((l, i) => (
                    <Table.Tr key={l.epoch ?? `rent-${i}`}>
                      <Table.Td>{l.epoch ?? t('rent.statement.rentOnly')}</Table.Td>
                      <Table.Td>{l.settledAt ? dayjs(l.settledAt).format('L LT') : '—'}</Table.Td>
                      <Table.Td className={classes.numeric}>{gnk(l.gnk)}</Table.Td>
                      <Table.Td className={classes.numeric}>{l.price ?? '—'}</Table.Td>
                      <Table.Td className={classes.numeric}>{fiat(l.value)}</Table.Td>
                      <Table.Td className={classes.numeric}>{fiat(l.rentShare)}</Table.Td>
                      <Table.Td className={classes.numeric}>{fiat(l.net)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr className={classes.totalRow}>
                    <Table.Td colSpan={2}>{t('rent.statement.nodeTotal')}</Table.Td>
                    <Table.Td className={classes.numeric}>{gnk(n.totals.gnk)}</Table.Td>
                    <Table.Td />
                    <Table.Td className={classes.numeric}>{fiat(n.totals.value)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fiat(n.totals.rent)}</Table.Td>
                    <Table.Td className={classes.numeric}>{fiat(n.totals.net)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </div>
          ))}
          <Table className={classes.lines} mt="lg" withTableBorder data-testid="statement-total">
            <Table.Tbody>
              <Table.Tr className={classes.totalRow}>
                <Table.Td>{t('rent.statement.total')}</Table.Td>
                <Table.Td className={classes.numeric}>{gnk(s.totals.gnk)} GNK</Table.Td>
                <Table.Td className={classes.numeric}>
                  {t('rent.statement.value')} {fiat(s.totals.value)}
                </Table.Td>
                <Table.Td className={classes.numeric}>
                  {t('rent.statement.rentShare')} {fiat(s.totals.rent)}
                </Table.Td>
                <Table.Td className={classes.numeric}>
                  {t('rent.statement.net')} {fiat(s.totals.net)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
