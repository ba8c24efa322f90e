import { Autocomplete, CloseButton, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NodeStatus } from '../../gql/graphql';

export const NODE_SORTS = ['NEWEST', 'NAME', 'STATUS', 'EARNINGS_TOTAL'] as const;
export type NodeSort = (typeof NODE_SORTS)[number];

export interface NodeFilterValues {
  search: string;
  status: NodeStatus[];
  gpu: string;
  sort: NodeSort;
}

export const EMPTY_FILTERS: NodeFilterValues = { search: '', status: [], gpu: '', sort: 'NEWEST' };
const GPU_SUGGESTIONS = ['H100', 'H200', 'B200', 'A100', 'RTX 4090', 'RTX 5090'];
/** The statuses the filter offers (and the only ones a URL may ask for). */
export const NODE_STATUS_FILTERS: readonly NodeStatus[] = ['HEALTHY', 'UNHEALTHY', 'JAILED', 'OFFLINE'];

/** Search, status, GPU and sort controls for a node list (wraps onto several lines on phones). */
export function NodeFilters(props: { value: NodeFilterValues; onChange(next: NodeFilterValues): void }) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const set = (patch: Partial<NodeFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        flex="1 1 240px"
        placeholder={t('nodes.search')}
        aria-label={t('nodes.search')}
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        rightSection={value.search ? <CloseButton size="sm" aria-label={t('a11y.clearSearch')} onClick={() => set({ search: '' })} /> : null}
      />
      <MultiSelect
        flex="1 1 200px"
        placeholder={value.status.length ? undefined : t('nodes.allStatuses')}
        aria-label={t('nodes.status')}
        data={NODE_STATUS_FILTERS.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={value.status}
        onChange={(status) => set({ status: status as NodeStatus[] })}
        clearable
      />
      <Autocomplete
        flex="1 1 160px"
        placeholder={t('nodes.gpuFilter')}
        aria-label={t('nodes.gpuFilter')}
        data={GPU_SUGGESTIONS}
        value={value.gpu}
        onChange={(gpu) => set({ gpu })}
      />
      <Select
        flex="0 1 180px"
        aria-label={t('nodes.sort')}
        allowDeselect={false}
        value={value.sort}
        onChange={(sort) => set({ sort: (sort ?? 'NEWEST') as NodeSort })}
        data={[
          { value: 'NEWEST', label: t('nodes.sortNewest') },
          { value: 'NAME', label: t('nodes.sortName') },
          { value: 'STATUS', label: t('nodes.sortStatus') },
          { value: 'EARNINGS_TOTAL', label: t('nodes.sortEarnings') },
        ]}
      />
    </Group>
  );
}
