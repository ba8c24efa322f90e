import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime, shortIdentifier } from '../../lib/format';
import { severityColor, useAlertTexts } from '../../lib/alert-texts';

export const AlertItemFragment = graphql(`
  fragment AlertItem_alert on Alert {
    id
    kind
    severity
    state
    title
    message
    link
    openedAt
    resolvedAt
    acknowledgedAt
    muted
    node {
      id
      displayName
      identifier
    }
  }
`);

/**
 * One alert: the server's title and message (already worded in the reader's language), the node it
 * is about, how long ago, its severity as a colour bar and its state. `children` adds details below.
 */
export function AlertItem(props: {
  alert: FragmentType<typeof AlertItemFragment>;
  onAcknowledge?: (id: string) => void;
  acknowledging?: boolean;
  compact?: boolean;
  children?: ReactNode;
}) {
  const alert = useFragment(AlertItemFragment, props.alert);
  const { t } = useTranslation();
  const texts = useAlertTexts();
  const color = severityColor(alert.severity);
  const resolved = alert.state === 'RESOLVED';
  const when = resolved && alert.resolvedAt ? alert.resolvedAt : alert.openedAt;
  return (
    <Paper
      withBorder={!props.compact}
      p={props.compact ? 'xs' : 'sm'}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-filled)` }}
      data-testid="alert-item"
      data-state={alert.state}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} c={resolved ? 'dimmed' : undefined}>
            {alert.link ? (
              <Anchor component={Link} to={alert.link} c="inherit" inherit>
                {alert.title}
              </Anchor>
            ) : (
              alert.title
            )}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge size="xs" variant="light" color={color}>
              {texts.severity(alert.severity)}
            </Badge>
            <Badge size="xs" variant={resolved ? 'outline' : 'filled'} color={resolved ? 'teal' : color}>
              {texts.state(alert.state)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">{alert.message}</Text>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            {alert.node && (
              <Anchor component={Link} to={`/nodes/${alert.node.id}`} size="xs">
                {alert.node.displayName || shortIdentifier(alert.node.identifier)}
              </Anchor>
            )}
            <Text size="xs" c="dimmed" title={formatDateTime(when)}>
              {t(resolved ? 'alerts.item.resolvedAgo' : 'alerts.item.openedAgo', { ago: texts.ago(when) })}
            </Text>
            {alert.muted && (
              <Badge size="xs" variant="default">
                {t('alerts.item.muted')}
              </Badge>
            )}
          </Group>
          {alert.acknowledgedAt ? (
            <Text size="xs" c="dimmed" title={formatDateTime(alert.acknowledgedAt)}>
              {t('alerts.item.acknowledged')}
            </Text>
          ) : (
            props.onAcknowledge && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconCheck size={12} />}
                loading={props.acknowledging}
                onClick={() => props.onAcknowledge?.(alert.id)}
              >
                {t('alerts.item.acknowledge')}
              </Button>
            )
          )}
        </Group>
        {props.children}
      </Stack>
    </Paper>
  );
}
