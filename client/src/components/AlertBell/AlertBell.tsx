import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { IconBell } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { AlertItem } from '../AlertItem/AlertItem';
import { useAcknowledgeAlerts } from '../../lib/useAcknowledgeAlerts';
import { useLiveConnection } from '../../lib/live-connection';

/** How many of the latest alerts the bell lists (the Alerts page has the rest). */
export const BELL_ALERTS = 8;
/** Polling when the live socket cannot deliver `alertChanged` (no subscription transport, or it failed). */
export const BELL_POLL_MS = 60_000;
/** After the subscription failed (e.g. the server restarted), subscribe again this much later. */
export const BELL_RESUBSCRIBE_MS = 10_000;
/** A refresh raises a burst of alerts (one event each): one re-read for all of them. */
export const BELL_DEBOUNCE_MS = 300;

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

const AlertChangedSubscription = graphql(`
  subscription AlertChanged {
    alertChanged {
      id
      ...AlertItem_alert
    }
  }
`);

/** The header's bell: unread count, the latest alerts, acknowledge one or all, live via `alertChanged`. */
export function AlertBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [failed, setFailed] = useState(false);
  const socket = useLiveConnection();
  const { data, refetch, startPolling, stopPolling } = useQuery(AlertBellQuery, { variables: { first: BELL_ALERTS } });
  const reread = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(debounce.current), []);
  // A changed alert updates itself in the cache; a new one changes the count and the list: re-read them.
  const { restart } = useSubscription(AlertChangedSubscription, {
    onData: () => {
      clearTimeout(debounce.current);
      debounce.current = setTimeout(reread, BELL_DEBOUNCE_MS);
    },
    onError: () => setFailed(true),
  });
  useEffect(() => {
    if (!failed) return;
    const retry = setTimeout(() => {
      setFailed(false);
      restart();
    }, BELL_RESUBSCRIBE_MS);
    return () => clearTimeout(retry);
  }, [failed, restart]);
  // Poll while the socket is not connected (it retries on its own); coming back, re-read once: events may have been missed.
  const live = socket === 'live' && !failed;
  const wasLive = useRef(live);
  useEffect(() => {
    if (live && !wasLive.current) reread();
    wasLive.current = live;
    if (live) return;
    startPolling(BELL_POLL_MS);
    return () => stopPolling();
  }, [live, reread, startPolling, stopPolling]);
  const { acknowledge, acknowledgeAll, pendingId, acknowledgingAll } = useAcknowledgeAlerts();
  const unread = data?.unreadAlertCount ?? 0;
  const alerts = (data?.alerts.edges ?? []).slice(0, BELL_ALERTS).map((e) => e.node);
  const label = unread > 0 ? `${t('alerts.bell.label')}: ${t('alerts.bell.unread', { count: unread })}` : t('alerts.bell.label');
  return (
    // hideDetached off: the header is fixed, its bell is never scrolled away (and jsdom has no layout to tell).
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={unread === 0} offset={4} data-testid="bell-count">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withinPortal hideDetached={false}>
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
