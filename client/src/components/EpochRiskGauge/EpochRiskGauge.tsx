import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { EpochRiskGauge_RiskFragment } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useEpochTexts } from '../../lib/epoch-texts';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { ModelParticipationList } from './ModelParticipationList';

export const EpochRiskGaugeFragment = graphql(`
  fragment EpochRiskGauge_risk on EpochRisk {
    asOf
    epoch
    level
    reasonCode
    reason
    stale
    requests
    missedRequests
    missedRate
    invalidationRate
    networkMissedRate
    downtimeThreshold
    estimatedReward
    estimatedRewardValue {
      ...FiatAmount_value
    }
    estimateSource
    downtimeTest {
      threshold
      maxMissedAllowed
      networkMissedRate
      mode
    }
    models {
      modelId
      status
      weightCost
      weightCostShare
    }
  }
`);

export const RISK_COLORS: Record<string, string> = { OK: 'teal', WATCH: 'yellow', AT_RISK: 'red', NOT_APPLICABLE: 'gray', STALE: 'gray' };

/** How far the node is towards failing the downtime test, 0..100; null when it cannot be said. */
function usedShareOfLimit(r: EpochRiskGauge_RiskFragment): number | null {
  const allowed = r.downtimeTest?.maxMissedAllowed;
  if (r.missedRequests != null && allowed != null) return allowed > 0 ? Math.min(100, (r.missedRequests / allowed) * 100) : r.missedRequests > 0 ? 100 : 0;
  const threshold = r.downtimeTest?.threshold ?? r.downtimeThreshold;
  if (r.missedRate != null && threshold) return Math.min(100, (r.missedRate / threshold) * 100);
  return null;
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Text>
    </div>
  );
}

/** The current epoch's outlook against the chain's own downtime test, with the estimated reward and where it comes from. */
export function EpochRiskGauge(props: { risk: FragmentType<typeof EpochRiskGaugeFragment>; priceSource?: string | null }) {
  const risk = useFragment(EpochRiskGaugeFragment, props.risk);
  const { t } = useTranslation();
  const texts = useEpochTexts();
  const k = 'epochs.risk';
  const color = RISK_COLORS[risk.level] ?? 'gray';
  const used = usedShareOfLimit(risk);
  const allowed = risk.downtimeTest?.maxMissedAllowed;
  return (
    <Paper withBorder p="md" data-testid="epoch-risk">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={5}>{risk.epoch === null ? t(`${k}.titleNoEpoch`) : t(`${k}.title`, { epoch: risk.epoch })}</Title>
          <Badge color={color} variant={risk.level === 'AT_RISK' ? 'filled' : 'light'} data-testid="risk-level">
            {t(`${k}.level.${risk.level}`, { defaultValue: risk.level })}
          </Badge>
        </Group>
        {risk.level === 'STALE' && (
          <Group gap={6} wrap="nowrap">
            <IconClockExclamation size={16} color="var(--mantine-color-orange-6)" />
            <Text size="sm" c="orange">
              {t(`${k}.staleText`)}
            </Text>
          </Group>
        )}
        <Text size="sm" data-testid="risk-reason">
          {texts.riskReason(risk)}
        </Text>
        {used != null && (
          <div>
            <Progress value={used} color={color} size="lg" aria-label={t(`${k}.missedRequests`)} data-testid="risk-gauge" />
            {risk.missedRequests != null && allowed != null && (
              <Text size="xs" c="dimmed" mt={4}>
                {t(`${k}.missedOfAllowed`, { missed: risk.missedRequests, allowed })}
              </Text>
            )}
          </div>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label={t(`${k}.missedRequests`)}>{formatNumber(risk.missedRequests, texts.lang, 0)}</Figure>
          <Figure label={t(`${k}.missRate`)}>{texts.rate(risk.missedRate)}</Figure>
          <Figure label={t(`${k}.threshold`)}>{texts.rate(risk.downtimeTest?.threshold ?? risk.downtimeThreshold)}</Figure>
          <Figure label={t(`${k}.networkMissRate`)}>{texts.rate(risk.networkMissedRate)}</Figure>
        </SimpleGrid>
        <div data-testid="risk-estimate">
          <Figure label={t(`${k}.estimatedReward`)}>
            {risk.estimatedReward != null ? (
              <GnkWithValue gnk={risk.estimatedReward} value={risk.estimatedRewardValue} source={props.priceSource} />
            ) : (
              t('common.none')
            )}
          </Figure>
          {/* A source without an amount says nothing. */}
          {risk.estimatedReward != null && risk.estimateSource && (
            <Text size="xs" c={risk.estimateSource === 'CHAIN' ? 'dimmed' : 'orange'} data-testid="risk-estimate-source">
              {t(`${k}.source.${risk.estimateSource}`, { defaultValue: risk.estimateSource })}
            </Text>
          )}
        </div>
        <ModelParticipationList models={risk.models} />
        {risk.asOf && (
          <Text size="xs" c="dimmed">
            {t(`${k}.asOf`, { time: formatDateTime(risk.asOf) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
