import { Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconBellOff, IconBellRinging, IconChevronDown } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { errorTextOf } from '../../lib/error-text';

export const MuteControlFragment = graphql(`
  fragment MuteControl_node on Node {
    id
    mutedUntil
  }
`);

const MuteNodeMutation = graphql(`
  mutation MuteNode($id: ID!, $until: DateTime!) {
    muteNode(id: $id, until: $until) {
      id
      ...MuteControl_node
    }
  }
`);

const UnmuteNodeMutation = graphql(`
  mutation UnmuteNode($id: ID!) {
    unmuteNode(id: $id) {
      id
      ...MuteControl_node
    }
  }
`);

/** The quick choices, in hours. */
export const MUTE_HOURS = [1, 8, 24] as const;

/** Mute a node's notifications for a while (alerts are still recorded), or unmute it. */
export function MuteControl(props: { node: FragmentType<typeof MuteControlFragment>; now?: () => Date }) {
  const node = useFragment(MuteControlFragment, props.node);
  const { t, i18n } = useTranslation();
  const now = props.now ?? (() => new Date());
  const [picking, setPicking] = useState(false);
  const [custom, setCustom] = useState('');
  const [customError, setCustomError] = useState<string | null>(null);
  const [mute, muting] = useMutation(MuteNodeMutation);
  const [unmute, unmuting] = useMutation(UnmuteNodeMutation);
  const mutedUntil = node.mutedUntil && dayjs(node.mutedUntil).isAfter(now()) ? node.mutedUntil : null;

  const muteUntil = async (until: Date) => {
    try {
      await mute({ variables: { id: node.id, until: until.toISOString() } });
      setPicking(false);
      notifications.show({ color: 'teal', message: t('alerts.node.muted', { time: formatDateTime(until.toISOString()) }) });
    } catch (error) {
      notifications.show({ color: 'red', message: errorTextOf(error, t, i18n.language) });
    }
  };
  const applyCustom = () => {
    const until = dayjs(custom);
    if (!custom || !until.isValid() || !until.isAfter(now())) return setCustomError(t('alerts.node.pickFuture'));
    setCustomError(null);
    void muteUntil(until.toDate());
  };
  const onUnmute = async () => {
    try {
      await unmute({ variables: { id: node.id } });
      notifications.show({ color: 'teal', message: t('alerts.node.unmuted') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorTextOf(error, t, i18n.language) });
    }
  };

  return (
    <Stack gap="xs" data-testid="mute-control">
      <Group gap="sm">
        {mutedUntil ? (
          <>
            <Group gap={6}>
              <IconBellOff size={16} />
              <Text size="sm" fw={500} data-testid="muted-until">
                {t('alerts.node.mutedUntil', { time: formatDateTime(mutedUntil) })}
              </Text>
            </Group>
            <Button size="xs" variant="default" leftSection={<IconBellRinging size={14} />} loading={unmuting.loading} onClick={() => void onUnmute()}>
              {t('alerts.node.unmute')}
            </Button>
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('alerts.node.notMuted')}
            </Text>
            <Menu position="bottom-start">
              <Menu.Target>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconBellOff size={14} />}
                  rightSection={<IconChevronDown size={14} />}
                  loading={muting.loading}
                >
                  {t('alerts.node.mute')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {MUTE_HOURS.map((hours) => (
                  <Menu.Item key={hours} onClick={() => void muteUntil(dayjs(now()).add(hours, 'hour').toDate())}>
                    {t('alerts.node.muteFor', { hours })}
                  </Menu.Item>
                ))}
                <Menu.Item onClick={() => setPicking(true)}>{t('alerts.node.muteUntil')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        )}
      </Group>
      {picking && !mutedUntil && (
        <Group gap="xs" align="flex-start">
          <TextInput
            type="datetime-local"
            size="xs"
            label={t('alerts.node.until')}
            value={custom}
            min={dayjs(now()).format('YYYY-MM-DDTHH:mm')}
            onChange={(e) => setCustom(e.currentTarget.value)}
            error={customError}
          />
          <Button size="xs" mt={22} onClick={applyCustom} loading={muting.loading}>
            {t('alerts.node.apply')}
          </Button>
          <Button size="xs" mt={22} variant="subtle" onClick={() => setPicking(false)}>
            {t('alerts.node.cancel')}
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('alerts.node.muteHint')}
      </Text>
    </Stack>
  );
}
