import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ApiTokenForm } from '../../components/ApiTokenForm/ApiTokenForm';
import { ApiTokenList } from '../../components/ApiTokenList/ApiTokenList';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';

// Its own query: the profile's first paint does not wait for the tokens.
const ApiTokensQuery = graphql(`
  query ApiTokensSection {
    apiTokens {
      id
      ...ApiTokenList_token
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        ...ApiTokenList_token
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

/** The profile's API tokens section (issue #15): the list, the create form (secret shown once), revoke. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ApiTokensQuery);
  const [create] = useMutation(CreateApiTokenMutation, {
    update(cache, { data: created }) {
      const ref = created && cache.identify(created.createApiToken.apiToken);
      if (ref) cache.modify({ fields: { apiTokens: (list: readonly { __ref: string }[] = []) => [{ __ref: ref }, ...list] } });
    },
  });
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const onRevoke = async (id: string) => {
    try {
      await revoke({
        variables: { id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'ApiToken', id }) });
          cache.gc();
        },
      });
      notifications.show({ color: 'teal', message: t('apiTokens.revoked') });
    } catch {
      notifications.show({ color: 'red', message: t('errors.generic') });
    }
  };
  return (
    <Paper withBorder p="lg" data-testid="api-tokens-section">
      <Stack gap="md">
        <div>
          <Title order={4}>{t('apiTokens.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('apiTokens.hint')}
          </Text>
        </div>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <CardsSkeleton count={1} height={80} />
        ) : (
          <ApiTokenList tokens={data.apiTokens} onRevoke={(id) => void onRevoke(id)} />
        )}
        <ApiTokenForm
          onSubmit={async (input) => {
            const result = await create({ variables: { input } });
            const token = result.data?.createApiToken.token;
            if (!token) throw result.error ?? new Error('no token');
            return token;
          }}
        />
      </Stack>
    </Paper>
  );
}
