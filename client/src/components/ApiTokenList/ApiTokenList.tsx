import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, graphql, useFragment } from '../../gql';
import type { ApiTokenList_TokenFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';

export const ApiTokenListFragment = graphql(`
  fragment ApiTokenList_token on ApiToken {
    id
    name
    scope
    prefix
    createdAt
    expiresAt
    lastUsedAt
  }
`);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiTokenList_TokenFragment; onRevoke(id: string): void }) {
  const { t } = useTranslation();
  const expired = Date.parse(token.expiresAt) <= Date.now();
  const revoke = () => {
    if (window.confirm(t('apiTokens.confirmRevoke', { name: token.name }))) onRevoke(token.id);
  };
  return (
    <Paper withBorder p="sm" data-testid="api-token-row">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate>
              {token.name}
            </Text>
            <Badge variant="light" color={token.scope === 'FULL' ? 'orange' : 'blue'}>
              {t(`apiTokens.scopes.${token.scope}`)}
            </Badge>
            {expired && (
              <Badge variant="outline" color="red">
                {t('apiTokens.expired')}
              </Badge>
            )}
            <Text size="xs" c="dimmed" ff="monospace">
              {token.prefix}…
            </Text>
          </Group>
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={revoke}>
            {t('apiTokens.revoke')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Fact label={t('apiTokens.created')}>{formatDate(token.createdAt)}</Fact>
          <Fact label={t('apiTokens.expires')}>{formatDate(token.expiresAt)}</Fact>
          <Fact label={t('apiTokens.lastUsed')}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.never')}</Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** The user's API tokens (never their secrets): name, scope, dates, revoke with confirmation. */
export function ApiTokenList(props: { tokens: FragmentType<typeof ApiTokenListFragment>[]; onRevoke(id: string): void }) {
  const tokens = useFragment(ApiTokenListFragment, props.tokens);
  const { t } = useTranslation();
  if (tokens.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('apiTokens.empty')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="api-token-list">
      {tokens.map((token) => (
        <TokenRow key={token.id} token={token} onRevoke={props.onRevoke} />
      ))}
    </Stack>
  );
}
