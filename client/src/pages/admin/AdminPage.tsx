import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { ErrorPage } from '../../components/ErrorState/ErrorState';
import { AdminUsersTab } from './AdminUsersTab';
import { AdminRequestsTab } from './AdminRequestsTab';
import { AdminStatsTab } from './AdminStatsTab';
import { AdminNodesTab } from './AdminNodesTab';
import { AdminMailTab } from './AdminMailTab';

const TABS = ['requests', 'nodes', 'users', 'stats', 'mail'] as const;

export default function AdminPage() {
  const { t } = useTranslation();
  const { tab = 'requests' } = useParams();
  const navigate = useNavigate();
  if (!(TABS as readonly string[]).includes(tab)) return <ErrorPage code="NOT_FOUND" />;
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <Tabs value={tab} onChange={(v) => navigate(`/admin/${v}`)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="requests">{t('admin.requests')}</Tabs.Tab>
          <Tabs.Tab value="nodes">{t('admin.nodes')}</Tabs.Tab>
          <Tabs.Tab value="users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="stats">{t('admin.stats')}</Tabs.Tab>
          <Tabs.Tab value="mail">{t('alerts.admin.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <AdminRequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="nodes">
          <AdminNodesTab />
        </Tabs.Panel>
        <Tabs.Panel value="users">
          <AdminUsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <AdminStatsTab />
        </Tabs.Panel>
        <Tabs.Panel value="mail">
          <AdminMailTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
