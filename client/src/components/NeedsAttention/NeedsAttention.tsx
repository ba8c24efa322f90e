import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { NeedsAttention_DashboardFragment } from '../../gql/graphql';
import { formatDateTime, formatGnk } from '../../lib/format';
import { isZeroGnk } from '../../lib/epoch-texts';
import { FiatAmount } from '../FiatAmount/FiatAmount';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { Countdown } from '../EpochTable/EpochBadges';
import { RISK_COLORS } from '../EpochRiskGauge/EpochRiskGauge';

export const NeedsAttentionFragment = graphql(`
  fragment NeedsAttention_dashboard on Dashboard {
    atRiskNodes
    claimable {
      amount
      amountValue {
        ...FiatAmount_value
      }
      deadline
      count
    }
    expiredThisMonth
    expiredThisMonthValue {
      ...FiatAmount_value
    }
    zeroRewardEpochsThisMonth
    attention(first: 10) {
      kind
      nodeId
      nodeName
      riskReason
      epoch
      amount
      amountValue {
        # Read here too: a GNK preference shows no value cell on the line.
        currency
        ...FiatAmount_value
      }
      deadline
      verdict
      riskLevel
      reason
    }
  }
`);

type AttentionLine = NeedsAttention_DashboardFragment['attention'][number];

const KIND_COLORS: Record<string, string> = { AT_RISK: 'red', CLAIMABLE: 'blue', EXPIRED: 'red', ZERO_EPOCH: 'orange' };

function Figure({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/** One line worded per kind (and verdict) from its codes; a kind newer than this client shows the server's text. */
function useLineText() {
  const { t, i18n } = useTranslation();
  return (item: AttentionLine): string => {
    const k = 'epochs.attention.line';
    const vars = { node: item.nodeName, epoch: item.epoch, amount: formatGnk(item.amount, 2, i18n.language) };
    switch (item.kind) {
      case 'AT_RISK': {
        const why = item.riskReason ? t(`epochs.attention.riskWhy.${item.riskReason}`, { defaultValue: '' }) : '';
        return why ? t(`${k}.AT_RISK_WHY`, { ...vars, why }) : t(`${k}.AT_RISK`, vars);
      }
      case 'CLAIMABLE':
        return item.deadline ? t(`${k}.CLAIMABLE`, { ...vars, deadline: formatDateTime(item.deadline) }) : t(`${k}.CLAIMABLE_NO_DEADLINE`, vars);
      case 'EXPIRED':
        return t(`${k}.EXPIRED`, vars);
      case 'ZERO_EPOCH':
        return item.verdict ? t(`${k}.ZERO_EPOCH`, { ...vars, why: t(`epochs.verdictShort.${item.verdict}`, { defaultValue: item.verdict }) }) : item.reason;
      default:
        return item.reason;
    }
  };
}

/** The dashboard's epoch guard: rewards at risk, waiting to be claimed or lost, each line linking to its node. */
export function NeedsAttention(props: { dashboard: FragmentType<typeof NeedsAttentionFragment>; priceSource?: string | null }) {
  const d = useFragment(NeedsAttentionFragment, props.dashboard);
  const { t } = useTranslation();
  const lineText = useLineText();
  const k = 'epochs.attention';
  const allClear =
    d.attention.length === 0 && d.atRiskNodes === 0 && d.claimable.count === 0 && isZeroGnk(d.expiredThisMonth) && d.zeroRewardEpochsThisMonth === 0;
  return (
    <Paper withBorder p="md" data-testid="needs-attention">
      <Title order={4} mb="md">
        {t(`${k}.title`)}
      </Title>
      {allClear ? (
        <Group gap="xs" c="teal" data-testid="attention-empty">
          <IconCircleCheck size={18} />
          <Text size="sm">{t(`${k}.empty`)}</Text>
        </Group>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <Figure testId="attention-at-risk" label={t(`${k}.atRiskNodes`)} value={d.atRiskNodes ?? t('common.none')} />
            <Figure
              testId="attention-claimable"
              label={t(`${k}.claimable`)}
              value={<GnkWithValue gnk={d.claimable.amount} value={d.claimable.amountValue} source={props.priceSource} averaged />}
              hint={
                d.claimable.count > 0 && (
                  <>
                    {t(`${k}.claimableCount`, { count: d.claimable.count })}
                    {d.claimable.deadline && (
                      <>
                        {', '}
                        {t(`${k}.earliestDeadline`, { deadline: formatDateTime(d.claimable.deadline) })} (<Countdown deadline={d.claimable.deadline} />)
                      </>
                    )}
                  </>
                )
              }
            />
            <Figure
              testId="attention-expired"
              label={t(`${k}.expiredThisMonth`)}
              value={<GnkWithValue gnk={d.expiredThisMonth} value={d.expiredThisMonthValue} source={props.priceSource} averaged />}
            />
            <Figure testId="attention-zero" label={t(`${k}.zeroEpochsThisMonth`)} value={d.zeroRewardEpochsThisMonth} />
          </SimpleGrid>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {d.attention.map((item) => (
              <Group component="li" key={`${item.kind}-${item.nodeId}-${item.epoch}`} gap="xs" wrap="wrap" align="flex-start" data-testid="attention-line">
                {/* The badge keeps its width (a phone would cut "Можно получить"); the text keeps at least 10rem
                    (beside the value and countdown it was squeezed to a letter per line on a phone); what does
                    not fit beside them wraps to the next line. */}
                <Badge
                  size="sm"
                  variant="light"
                  style={{ flexShrink: 0 }}
                  color={item.kind === 'AT_RISK' ? (RISK_COLORS[item.riskLevel ?? ''] ?? 'red') : (KIND_COLORS[item.kind] ?? 'gray')}
                >
                  {t(`${k}.kind.${item.kind}`, { defaultValue: item.kind })}
                </Badge>
                <Anchor component={Link} to={`/nodes/${item.nodeId}`} size="sm" style={{ flex: '1 1 10rem', minWidth: 0, overflowWrap: 'anywhere' }}>
                  {lineText(item)}
                </Anchor>
                {item.amount !== null && item.amountValue?.currency !== 'GNK' && (
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} data-testid="attention-value">
                    <FiatAmount value={item.amountValue} source={props.priceSource} />
                  </Text>
                )}
                {item.kind === 'CLAIMABLE' && item.deadline && (
                  <Text size="xs" c="dimmed" data-testid="attention-countdown">
                    <Countdown deadline={item.deadline} />
                  </Text>
                )}
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
