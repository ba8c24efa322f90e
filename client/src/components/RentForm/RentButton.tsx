import { Button, Modal, MultiSelect, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { shortIdentifier } from '../../lib/format';
import { RentForm } from './RentForm';

/** Admin: "Rent" on one node (its row or page) — opens the rent form for it. */
export function RentButton(props: { nodeIds: string[]; label?: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const title = props.nodeIds.length > 1 ? t('rent.form.titleBulk', { count: props.nodeIds.length }) : t('rent.form.title');
  return (
    <>
      <Button size="xs" variant="subtle" onClick={open} data-testid="rent-button">
        {props.label ?? t('rent.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <RentForm nodeIds={props.nodeIds} onSaved={() => saved(close, t('rent.form.saved'))} />
      </Modal>
    </>
  );
}

function saved(close: () => void, message: string) {
  notifications.show({ message, color: 'green' });
  close();
}

const RentNodeChoicesQuery = graphql(`
  query RentNodeChoices($search: String) {
    nodes(first: 100, filter: { search: $search }) {
      nodes {
        id
        displayName
        identifier
      }
    }
  }
`);

/** Admin: the same rent for several nodes at once (picked by name or address). */
export function BulkRentButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const { data, previousData } = useQuery(RentNodeChoicesQuery, { variables: { search: search || null }, skip: !opened });
  const [labels, setLabels] = useState<Record<string, string>>({});
  const found = (data ?? previousData)?.nodes.nodes ?? [];
  const choices = { ...labels, ...Object.fromEntries(found.map((n) => [n.id, n.displayName ?? shortIdentifier(n.identifier)])) };
  return (
    <>
      <Button size="xs" variant="default" onClick={open} data-testid="bulk-rent-button">
        {t('rent.bulkButton')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('rent.form.titleBulk', { count: picked.length })} size="lg">
        <Stack>
          <MultiSelect
            label={t('rent.form.nodes')}
            placeholder={t('rent.form.nodesPlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={Object.entries(choices).map(([value, label]) => ({ value, label }))}
            value={picked}
            onChange={(ids) => {
              setLabels(choices);
              setPicked(ids);
            }}
          />
          <RentForm
            nodeIds={picked}
            onSaved={() => {
              setPicked([]);
              saved(close, t('rent.form.saved'));
            }}
          />
        </Stack>
      </Modal>
    </>
  );
}
