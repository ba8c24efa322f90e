import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretOnce } from '../SecretOnce/SecretOnce';

/** The new token's secret, shown this once with a copy button and a warning, until the user is done. */
export function ApiTokenCreated({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useTranslation();
  const texts = { title: t('apiTokens.createdTitle'), warning: t('apiTokens.createdWarning'), copy: t('apiTokens.copy'), copied: t('apiTokens.copied') };
  return (
    <Stack gap="sm" data-testid="api-token-created">
      <SecretOnce value={token} texts={texts} testId="api-token-secret" />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('apiTokens.done')}
        </Button>
      </Group>
    </Stack>
  );
}
