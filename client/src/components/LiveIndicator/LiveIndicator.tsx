import { Box, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveMode } from '../../lib/useLiveUpdates';

/** A small dot and word beside the data's age: "live" (pushed by the server) or "polling" (re-read every TTL). */
export function LiveIndicator({ mode }: { mode: LiveMode }) {
  const { t } = useTranslation();
  const live = mode === 'live';
  return (
    <Tooltip label={t(live ? 'liveData.liveHint' : 'liveData.pollingHint')} multiline maw={260}>
      <Group gap={4} wrap="nowrap" data-testid="live-indicator" data-mode={mode}>
        <Box w={6} h={6} bg={live ? 'teal.6' : 'gray.5'} style={{ borderRadius: '50%' }} aria-hidden />
        <Text size="xs" c="dimmed">
          {t(live ? 'liveData.live' : 'liveData.polling')}
        </Text>
      </Group>
    </Tooltip>
  );
}
