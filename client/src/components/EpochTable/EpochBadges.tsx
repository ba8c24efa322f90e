import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountdown, useNow } from '../../lib/countdown';
import { formatDateTime } from '../../lib/format';

export const VERDICT_COLORS: Record<string, string> = {
  PAID: 'teal',
  ZERO_DOWNTIME: 'red',
  ZERO_INVALID: 'red',
  ZERO_EXCLUDED: 'red',
  ZERO_NOT_PARTICIPATING: 'gray',
  UNKNOWN: 'orange',
};

const CLAIM_COLORS: Record<string, string> = { CLAIMED: 'teal', CLAIMABLE: 'blue', EXPIRED: 'red', NOTHING_TO_CLAIM: 'gray' };

/** A badge in a table column keeps its whole label: the column widens instead of cutting it to "CLAI…". */
const WHOLE = { minWidth: 'max-content' } as const;

/** The verdict as a badge with the reason worded under it. */
export function VerdictBadge({ verdict, reason }: { verdict: string; reason: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" size="sm" color={VERDICT_COLORS[verdict] ?? 'gray'} style={WHOLE}>
        {t(`epochs.verdict.${verdict}`, { defaultValue: verdict })}
      </Badge>
      <Text size="xs" c="dimmed" maw={360} data-testid="verdict-reason">
        {reason}
      </Text>
    </Stack>
  );
}

/** Countdown to a deadline ("in 3 hours"), ticking. */
export function Countdown({ deadline }: { deadline: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  return <>{formatCountdown(deadline, now, i18n.language)}</>;
}

/** Whether the reward was claimed, can still be (until when), expired, or there was none. */
export function ClaimBadge({ status, deadline }: { status: string; deadline: string | null }) {
  const { t } = useTranslation();
  const color = CLAIM_COLORS[status] ?? 'gray';
  if (status === 'CLAIMABLE' && deadline) {
    return (
      <Stack gap={2} align="flex-start">
        <Badge variant="light" size="sm" color={color} style={WHOLE} data-testid="claim-badge">
          {t('epochs.claim.CLAIMABLE')}
        </Badge>
        <Text size="xs" c="dimmed" data-testid="claim-deadline">
          {t('epochs.claim.UNTIL', { deadline: formatDateTime(deadline) })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="claim-countdown">
          <Countdown deadline={deadline} />
        </Text>
      </Stack>
    );
  }
  return (
    <Badge variant={status === 'EXPIRED' ? 'filled' : 'light'} size="sm" color={color} style={WHOLE} data-testid="claim-badge">
      {t(`epochs.claim.${status}`, { defaultValue: status })}
    </Badge>
  );
}
