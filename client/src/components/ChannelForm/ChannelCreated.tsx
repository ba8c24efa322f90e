import { Button, Group, Stack, Text } from '@mantine/core';
import { IconBrandTelegram } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../SecretOnce/SecretOnce';

/** What creating a channel hands back once: a webhook's signing secret, a Telegram deep link. */
export interface CreatedChannelResult {
  secret: string | null;
  telegramLinkUrl: string | null;
}

/** Shows the one-time secret (copyable) or the Telegram link button until the user is done with it. */
export function ChannelCreated({ result, onDone }: { result: CreatedChannelResult; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="channel-created">
      {result.secret && (
        <SecretOnce
          value={result.secret}
          texts={{
            title: t('alerts.channels.secretTitle'),
            warning: t('alerts.channels.secretWarning'),
            copy: t('alerts.channels.copy'),
            copied: t('alerts.channels.copied'),
          }}
          testId="channel-secret"
        />
      )}
      {result.telegramLinkUrl && <TelegramLinkButton url={result.telegramLinkUrl} withHint />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('alerts.channels.done')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The deep link that binds a chat to the channel (the bot receives `/start <code>`). */
export function TelegramLinkButton({ url, withHint }: { url: string; withHint?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Button component="a" href={url} target="_blank" rel="noopener noreferrer" size="xs" w="fit-content" leftSection={<IconBrandTelegram size={14} />}>
        {t('alerts.channels.openTelegram')}
      </Button>
      {withHint && (
        <Text size="xs" c="dimmed">
          {t('alerts.channels.telegramHint')}
        </Text>
      )}
    </Stack>
  );
}
