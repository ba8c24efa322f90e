import { Anchor, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { shortIdentifier } from '../../lib/format';

const CustomerNodesQuery = graphql(`
  query RequestNodeCandidates($search: String, $ownerId: ID!) {
    nodes(first: 50, filter: { search: $search, ownerId: $ownerId }) {
      nodes {
        id
        displayName
        identifier
      }
    }
  }
`);

export interface LinkedNode {
  id: string;
  displayName?: string | null;
  identifier: string;
}

/** The nodes a new-node request produced, as links to their pages. */
export function LinkedNodes(props: { nodes: LinkedNode[] }) {
  const { t } = useTranslation();
  if (props.nodes.length === 0) return null;
  return (
    <Text size="sm" data-testid="request-nodes">
      <Text span fw={600} inherit>
        {t('requestNodes.title')}:
      </Text>{' '}
      {props.nodes.map((n, i) => (
        <span key={n.id}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/nodes/${n.id}`} inherit>
            {n.displayName ?? shortIdentifier(n.identifier)}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}

/** Admins: pick which of the customer's nodes this request produced (the server checks they are the customer's). */
export function RequestNodeLinks(props: { customerId: string; linkedIds: string[]; onLink(nodeIds: string[]): Promise<void> }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // The customer's own nodes from the server (filtering 50 of every node here missed most of them).
  const { data } = useQuery(CustomerNodesQuery, { variables: { search: q || null, ownerId: props.customerId } });
  const options = (data?.nodes.nodes ?? [])
    .filter((n) => !props.linkedIds.includes(n.id))
    .map((n) => ({ value: n.id, label: n.displayName ? `${n.displayName} · ${shortIdentifier(n.identifier)}` : shortIdentifier(n.identifier) }));
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <MultiSelect
          style={{ flex: 1 }}
          size="xs"
          label={t('requestNodes.link')}
          placeholder={t('requestNodes.pick')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={picked}
          onChange={setPicked}
          nothingFoundMessage="—"
        />
        <Button
          size="xs"
          variant="default"
          disabled={picked.length === 0}
          loading={busy}
          onClick={() => {
            setBusy(true);
            void props
              .onLink(picked)
              .then(() => setPicked([]))
              .finally(() => setBusy(false));
          }}
        >
          {t('requestNodes.save')}
        </Button>
      </Group>
    </Stack>
  );
}
