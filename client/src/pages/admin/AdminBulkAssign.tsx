import { Paper, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { UserOption } from '../../components/AssignNodeForm/AssignNodeForm';
import { BulkAssignForm } from '../../components/BulkAssignForm/BulkAssignForm';

const AssignNodesMutation = graphql(`
  mutation AssignNodes($input: AssignNodesInput!) {
    assignNodes(input: $input) {
      applied
      assignedCount
      lines {
        line
        identifier
        outcome
        code
        node {
          id
        }
      }
    }
  }
`);

/** The admin nodes page's bulk assignment: the list refetches once the server has answered. */
export function AdminBulkAssign(props: { users: UserOption[]; onUserSearch(text: string): void }) {
  const { t } = useTranslation();
  const [assignNodes] = useMutation(AssignNodesMutation, { refetchQueries: ['AdminNodes'] });
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('bulk.title')}
      </Title>
      <BulkAssignForm
        users={props.users}
        onUserSearch={props.onUserSearch}
        onSubmit={async (input) => {
          const { data } = await assignNodes({ variables: { input } });
          return data!.assignNodes;
        }}
      />
    </Paper>
  );
}
