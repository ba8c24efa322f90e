import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const StatementCustomersQuery = graphql(`
  query StatementCustomers($search: String) {
    users(first: 20, search: $search) {
      nodes {
        id
        email
      }
    }
  }
`);

/**
 * Admins: whose statement, by email (was a box for a user id). The customer shown now stays an
 * option (`current`, from the statement) though the search does not list them.
 */
export function StatementCustomerPicker(props: {
  value: string | undefined;
  current: { id: string; email: string } | null;
  onChange(userId: string | null): void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const { data } = useQuery(StatementCustomersQuery, { variables: { search: q || null } });
  const options = (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.email }));
  if (props.current && !options.some((o) => o.value === props.current?.id)) options.unshift({ value: props.current.id, label: props.current.email });
  return (
    <Select
      aria-label={t('rent.statement.userId')}
      placeholder={t('rent.statement.userId')}
      searchable
      clearable
      data={options}
      value={props.value ?? null}
      onChange={props.onChange}
      onSearchChange={setSearch}
      nothingFoundMessage="—"
      w={300}
    />
  );
}
