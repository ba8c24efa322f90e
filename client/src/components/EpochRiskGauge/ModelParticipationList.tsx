import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EpochRiskGauge_RiskFragment } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';

type ModelRow = EpochRiskGauge_RiskFragment['models'][number];

const STATUS_COLORS: Record<string, string> = { SERVED: 'teal', NOT_SERVED: 'red', DELEGATED: 'yellow', REFUSED: 'orange', UNKNOWN: 'gray' };

/** Per governance model: served or not, and the weight the chain would take (an upper bound for NOT_SERVED). */
export function ModelParticipationList({ models }: { models: readonly ModelRow[] }) {
  const { t, i18n } = useTranslation();
  const k = 'epochs.risk.models';
  if (models.length === 0) return null;
  return (
    <Stack gap={4} data-testid="risk-models">
      <Text size="xs" c="dimmed">
        {t(`${k}.title`)}
      </Text>
      {models.map((m) => (
        <Group key={m.modelId} gap="xs" wrap="nowrap" justify="space-between" data-testid="risk-model">
          <Text size="sm" truncate="end" title={m.modelId}>
            {m.modelId}
          </Text>
          <Group gap="xs" wrap="nowrap">
            {m.weightCost != null && m.weightCost > 0 && (
              <Text size="xs" c="red" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="risk-model-cost">
                {t(m.status === 'NOT_SERVED' ? `${k}.costUpTo` : `${k}.cost`, { weight: formatNumber(m.weightCost, i18n.language, 0) })}
              </Text>
            )}
            <Badge size="sm" variant="light" color={STATUS_COLORS[m.status] ?? 'gray'} data-testid="risk-model-status">
              {t(`${k}.status.${m.status}`, { defaultValue: m.status })}
            </Badge>
          </Group>
        </Group>
      ))}
      {models.some((m) => m.status === 'NOT_SERVED') && (
        <Text size="xs" c="dimmed">
          {t(`${k}.hint`)}
        </Text>
      )}
    </Stack>
  );
}
