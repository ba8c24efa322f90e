import { Badge, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { ProfileForm } from '../../components/ProfileForm/ProfileForm';
import { PasswordForm } from '../../components/PasswordForm/PasswordForm';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { formatDate } from '../../lib/format';
import { NotificationsSection } from './NotificationsSection';
import { ApiTokensSection } from './ApiTokensSection';

const ProfilePageQuery = graphql(`
  query ProfilePage {
    me {
      id
      email
      role
      createdAt
      ...ProfileForm_user
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      ...ProfileForm_user
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export default function ProfilePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProfilePageQuery);
  const [update] = useMutation(UpdateProfileMutation);
  const [changePassword] = useMutation(ChangePasswordMutation);
  const header = <PageHeader title={t('profile.title')} />;
  if (error && !data)
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (loading || !data)
    return (
      <>
        {header}
        <CardsSkeleton />
      </>
    );
  const me = data.me;
  return (
    <>
      {header}
      <Stack gap="lg" maw={880}>
        <Paper withBorder p="md">
          <Group justify="space-between">
            <Stack gap={2}>
              <Text fw={600}>{me.email}</Text>
              <Text size="xs" c="dimmed">
                {t('profile.memberSince')} {formatDate(me.createdAt)}
              </Text>
            </Stack>
            <Badge variant="light" color={me.role === 'ADMIN' ? 'grape' : 'gray'}>
              {t(`admin.roles.${me.role}`)}
            </Badge>
          </Group>
        </Paper>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="lg" h="100%">
              <ProfileForm
                key={me.id}
                user={me}
                onSubmit={async (input) => {
                  await update({ variables: { input } });
                  notifications.show({ color: 'teal', message: t('profile.saved') });
                }}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="lg" h="100%">
              <PasswordForm
                onSubmit={async (input) => {
                  await changePassword({ variables: { input } });
                  notifications.show({ color: 'teal', message: t('profile.changed') });
                }}
              />
            </Paper>
          </Grid.Col>
        </Grid>
        <NotificationsSection />
        <ApiTokensSection />
      </Stack>
    </>
  );
}
