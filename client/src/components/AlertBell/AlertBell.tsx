import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { AlertItem } from '../AlertItem/AlertItem';
import { useAcknowledgeAlerts } from '../../lib/useAcknowledgeAlerts';
import { useAlertChanged } from '../../lib/useAlertChanged';

/** How many of the latest alerts the bell lists (the Alerts page has the rest). */
export const BELL_ALERTS = 8;
const AlertBellQuery = graphql(`
  query AlertBell($first: Int!) {
    unreadAlertCount
    alerts(first: $first) {
      totalCount
      edges {
        node {
          id
          ...AlertItem_alert
        }
      }
    }
  }
`);

/** The header's bell: unread count, the latest alerts, acknowledge one or all, live via `alertChanged`. */
export function AlertBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const query = useQuery(AlertBellQuery, { variables: { first: BELL_ALERTS } });
  useAlertChanged(query);
  const { data } = query;
  const { acknowledge, acknowledgeAll, pendingId, acknowledgingAll } = useAcknowledgeAlerts();
  const unread = data?.unreadAlertCount ?? 0;
  const alerts = (data?.alerts.edges ?? []).slice(0, BELL_ALERTS).map((e) => e.node);
  const label = unread > 0 ? `${t('alerts.bell.label')}: ${t('alerts.bell.unread', { count: unread })}` : t('alerts.bell.label');
  return (
    // hideDetached off: the header is fixed, its bell is never scrolled away (and jsdom has no layout to tell).
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={unread === 0} offset={4} data-testid="bell-count">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width="min(380px, calc(100vw - 24px))" shadow="md" withinPortal hideDetached={false}>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)} data-testid="alert-bell">
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Group justify="space-between" mb="xs" px={4}>
            <Text fw={600} size="sm">
              {t('alerts.bell.label')}
              {unread > 0 && (
                <Text span c="dimmed" size="xs" ml={6}>
                  {t('alerts.bell.unread', { count: unread })}
                </Text>
              )}
            </Text>
            <Button size="compact-xs" variant="light" disabled={unread === 0} loading={acknowledgingAll} onClick={() => void acknowledgeAll()}>
              {t('alerts.bell.acknowledgeAll')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={420} type="auto">
            {alerts.length === 0 ? (
              <Text c="dimmed" size="sm" ta="center" py="md">
                {t('alerts.bell.empty')}
              </Text>
            ) : (
              <Stack gap={6}>
                {alerts.map((alert) => (
                  <AlertItem key={alert.id} alert={alert} compact onAcknowledge={(id) => void acknowledge(id)} acknowledging={pendingId === alert.id} />
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
          <Divider my="xs" />
          <Anchor component={Link} to="/alerts" size="sm" onClick={() => setOpened(false)} px={4}>
            {t('alerts.bell.viewAll')}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
