import { Paper } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { type RequestDraft, RequestForm } from '../../components/RequestForm/RequestForm';
import { ExpectedEarningsFigures } from '../../components/ExpectedEarnings/ExpectedEarningsFigures';

const CreateRequestMutation = graphql(`
  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {
    createSupportRequest(input: $input) {
      id
      ...RequestList_request
    }
  }
`);

export const ExpectedEarningsQuery = graphql(`
  query ExpectedEarnings($gpuModel: String!, $quantity: Int!) {
    expectedEarnings(gpuModel: $gpuModel, quantity: $quantity) {
      unavailableReason
      expected {
        ...ExpectedEarningsFigures_expected
      }
    }
  }
`);

/** Typing pauses this long before the estimate is asked for. */
export const EXPECTATION_DEBOUNCE_MS = 400;

export default function NewRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The request lists are connections: refetch rather than guess where the new one sorts.
  const [create] = useMutation(CreateRequestMutation, { refetchQueries: ['RequestsPage'], awaitRefetchQueries: false });
  const [draft, setDraft] = useState<RequestDraft>(null);
  const [asked] = useDebouncedValue(draft, EXPECTATION_DEBOUNCE_MS);
  const estimate = useQuery(ExpectedEarningsQuery, {
    variables: { gpuModel: asked?.gpuType ?? '', quantity: asked?.quantity ?? 1 },
    skip: !asked,
    errorPolicy: 'all',
  });
  const answer = asked ? estimate.data?.expectedEarnings : undefined;
  return (
    <>
      <PageHeader title={t('request.title')} description={t('request.intro')} />
      <Paper withBorder p="lg" maw={720}>
        <RequestForm
          onDraftChange={setDraft}
          expectation={
            <ExpectedEarningsFigures
              expected={answer?.expected}
              reason={answer?.unavailableReason}
              loading={Boolean(draft) && (draft !== asked || estimate.loading)}
            />
          }
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
