import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Divider } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLayoutDashboard, IconServer2, IconCirclePlus, IconMessages, IconUser, IconShieldLock, IconBell, IconReceipt } from '@tabler/icons-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { DemoBanner } from '../../components/DemoBanner/DemoBanner';
import { useSession } from '../../session/SessionProvider';
import { useServerRefreshInterval } from '../../lib/refresh-interval';
import { HeaderControls } from './HeaderControls';
import { useHeaderPriceLine } from './HeaderPrice';
import { PageLoader } from './PageLoader';
import classes from './AppLayout.module.css';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  exact?: boolean;
}

/** The signed-in frame: header, navigation (a drawer on phones) and the routed page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  useServerRefreshInterval();
  const priceLine = useHeaderPriceLine(Boolean(user));

  const items: NavItem[] = [
    { to: '/', label: t('nav.dashboard'), icon: <IconLayoutDashboard size={18} />, exact: true },
    { to: '/nodes', label: t('nav.nodes'), icon: <IconServer2 size={18} /> },
    { to: '/requests/new', label: t('nav.addNode'), icon: <IconCirclePlus size={18} /> },
    { to: '/requests', label: t('nav.requests'), icon: <IconMessages size={18} />, exact: true },
    { to: '/alerts', label: t('alerts.nav'), icon: <IconBell size={18} /> },
    { to: '/statement', label: t('rent.statement.nav'), icon: <IconReceipt size={18} /> },
    { to: '/profile', label: t('nav.profile'), icon: <IconUser size={18} /> },
  ];
  const isActive = (item: NavItem) => (item.exact ? pathname === item.to : pathname.startsWith(item.to));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('a11y.menu')} />
            <Link to="/" className={classes.brand}>
              <span className={classes.logo}>◆</span> MineGNK
            </Link>
          </Group>
          <HeaderControls priceLine={priceLine} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={isActive(item)}
              onClick={close}
              className={classes.link}
            />
          ))}
          {user?.role === 'ADMIN' && (
            <>
              <Divider my="sm" />
              <NavLink
                component={Link}
                to="/admin"
                label={t('nav.admin')}
                leftSection={<IconShieldLock size={18} />}
                active={pathname.startsWith('/admin')}
                onClick={close}
                className={classes.link}
              />
            </>
          )}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" truncate px="sm" py="xs" data-testid="signed-in-as">
            {user?.email}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        {priceLine && (
          // Under the header where it has no room beside the switch, right-aligned like the controls.
          <Group hiddenFrom="md" justify="flex-end" mb="xs">
            {priceLine}
          </Group>
        )}
        <DemoBanner />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
