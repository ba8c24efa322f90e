import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiError } from '../../lib/errors';

/** A full page for NOT_FOUND / FORBIDDEN: the user followed a link to something not theirs. */
export function ErrorPage({ code }: { code: 'NOT_FOUND' | 'FORBIDDEN' }) {
  const { t } = useTranslation();
  const notFound = code === 'NOT_FOUND';
  const Icon = notFound ? IconMapOff : IconLock;
  return (
    <Center py={80} data-testid={`error-${code}`}>
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Icon size={48} stroke={1.5} color="var(--mantine-color-dimmed)" />
        <Title order={2}>{t(notFound ? 'errors.notFoundTitle' : 'errors.forbiddenTitle')}</Title>
        <Text c="dimmed">{t(notFound ? 'errors.notFound' : 'errors.forbidden')}</Text>
        <Button component={Link} to="/" variant="light" mt="sm">
          {t('errors.home')}
        </Button>
      </Stack>
    </Center>
  );
}

/** Any query error, read by its `extensions.code`; UNAUTHENTICATED is handled by the Apollo link. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const info = apiError(error);
  if (info?.code === 'NOT_FOUND' || info?.code === 'FORBIDDEN') return <ErrorPage code={info.code} />;
  const message = info?.code ? t('errors.generic') : t('errors.network');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={message} data-testid="error-state">
      {info?.requestId && (
        <Text size="xs" c="dimmed">
          {t('errors.requestId', { id: info.requestId })}
        </Text>
      )}
      {onRetry && (
        <Button size="xs" variant="light" color="red" mt="sm" onClick={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </Alert>
  );
}
