import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconServer2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A customer with no nodes yet: explain and point to the request form. */
export function EmptyNodes() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-nodes">
      <Stack align="center" gap="sm" ta="center" maw={440} mx="auto">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconServer2 size={30} />
        </ThemeIcon>
        <Title order={3}>{t('nodes.emptyTitle')}</Title>
        <Text c="dimmed">{t('nodes.emptyText')}</Text>
        <Button component={Link} to="/requests/new" mt="xs">
          {t('nav.addNode')}
        </Button>
      </Stack>
    </Paper>
  );
}
