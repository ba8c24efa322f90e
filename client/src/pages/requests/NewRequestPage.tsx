import { Paper } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { RequestForm } from '../../components/RequestForm/RequestForm';

const CreateRequestMutation = graphql(`
  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {
    createSupportRequest(input: $input) {
      id
      ...RequestList_request
    }
  }
`);

export default function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The request lists are connections: refetch rather than guess where the new one sorts.
  const [create] = useMutation(CreateRequestMutation, { refetchQueries: ['RequestsPage'], awaitRefetchQueries: false });
  return (
    <>
      <PageHeader title={t('request.title')} description={t('request.intro')} />
      <Paper withBorder p="lg" maw={720}>
        <RequestForm
          onSubmit={async (input) => {
            await create({ variables: { input } });
            notifications.show({ color: 'teal', message: t('request.created') });
            navigate('/requests');
          }}
        />
      </Paper>
    </>
  );
}
