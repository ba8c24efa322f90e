import { ActionIcon, Box, Button, Group, Menu, SegmentedControl, Tooltip, useComputedColorScheme, useMantineColorScheme, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconMoon, IconSun } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changeLanguage, type Language } from '../../i18n';
import { useSession } from '../../session/SessionProvider';
import { AlertBell } from '../../components/AlertBell/AlertBell';
import { CurrencySwitch } from '../../components/CurrencySwitch/CurrencySwitch';
import { useProfileLanguage } from '../../lib/useProfileLanguage';

/** Each language named in itself (the convention for language pickers); the short code is only what shows. */
const LANGUAGE_OPTIONS: { value: Language; code: string; name: string }[] = [
  { value: 'en', code: 'EN', name: 'English' },
  { value: 'ru', code: 'RU', name: 'Русский' },
];

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const { user } = useSession();
  // Signed in: the profile follows (its effect also saves a choice made before signing in).
  useProfileLanguage(Boolean(user));
  const onChange = (lng: Language) => void changeLanguage(lng);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={i18n.language}
      onChange={(lng) => onChange(lng as Language)}
      data={LANGUAGE_OPTIONS.map((o) => ({
        value: o.value,
        label: (
          <>
            <span aria-hidden="true">{o.code}</span>
            <VisuallyHidden>{o.name}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}

export function ColorSchemeToggle() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  return (
    <Tooltip label={t('nav.theme')}>
      <ActionIcon variant="default" size="lg" aria-label={t('nav.theme')} onClick={() => setColorScheme(computed === 'light' ? 'dark' : 'light')}>
        {computed === 'light' ? <IconMoon size={18} /> : <IconSun size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

/** `priceLine`: the current price (HeaderPrice), beside the currency switch on wide screens; under the header on narrower ones (AppLayout). */
export function HeaderControls({ priceLine }: { priceLine?: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const onSignOut = async () => {
    await signOut();
    navigate('/sign-in');
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <LanguageSwitch />
      {user && (
        <Group visibleFrom="sm" gap="xs" wrap="nowrap">
          {priceLine && <Box visibleFrom="md">{priceLine}</Box>}
          <CurrencySwitch />
        </Group>
      )}
      <ColorSchemeToggle />
      {user && (
        <>
          <AlertBell />
          <Button variant="default" leftSection={<IconLogout size={16} />} onClick={onSignOut} visibleFrom="xs" data-testid="sign-out">
            {t('nav.signOut')}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" hiddenFrom="xs" aria-label={t('nav.signOut')}>
                <IconLogout size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={onSignOut}>{t('nav.signOut')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </>
      )}
    </Group>
  );
}
