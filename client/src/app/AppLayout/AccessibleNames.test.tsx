import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { Route, Routes } from 'react-router';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeStatusBadgeFragment } from '../../components/NodeStatusBadge/NodeStatusBadge';
import { NodeTable, NodeTableFragment } from '../../components/NodeTable/NodeTable';
import { PagePagination } from '../../components/PagePagination/PagePagination';
import { NodeFilters, EMPTY_FILTERS } from '../../components/NodeFilters/NodeFilters';
import { AppLayout } from './AppLayout';
import { HeaderControls } from './HeaderControls';

vi.mock('../../session/SessionProvider', () => ({
  useSession: () => ({ user: { id: 'u1', email: 'customer@minegnk.demo', role: 'CUSTOMER' }, ready: true, signOut: async () => {} }),
}));

const node = makeFragmentData(
  {
    id: 'n1',
    displayName: 'Rig A',
    identifier: 'gonka1qyqszqgpqyqszqgpqyqszqgpqyqszqgpabcdef',
    gpuType: '8x H100',
    hardware: null,
    tokensPerSec: 1,
    jobsDay: 1,
    earningsDay: '1',
    earningsTotal: '1',
    uptimePercent: 99,
    uptimeObservedSince: null,
    ...makeFragmentData({ status: 'HEALTHY', statusReason: 'ok', statusRule: null, statusDetails: null }, NodeStatusBadgeFragment),
  } as never,
  NodeTableFragment,
);

/** The signed-in frame around a node list, as the My nodes page shows it. */
function renderShell() {
  const page = (
    <>
      <NodeFilters value={{ ...EMPTY_FILTERS, search: 'rig' }} onChange={() => {}} />
      <NodeTable nodes={[node]} />
      <PagePagination total={5} value={2} onChange={() => {}} withEdges />
    </>
  );
  return renderWithProviders(
    <MockedProvider mocks={[]}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="/" element={page} />
        </Route>
      </Routes>
    </MockedProvider>,
  );
}

describe('icon-only controls have accessible names', () => {
  it.each([
    [
      'en',
      {
        theme: 'Toggle light/dark',
        language: 'Language',
        menu: 'Menu',
        first: 'First page',
        previous: 'Previous page',
        next: 'Next page',
        last: 'Last page',
        page: 'Page 3',
      },
    ],
    [
      'ru',
      {
        theme: 'Светлая/тёмная тема',
        language: 'Язык',
        menu: 'Меню',
        first: 'Первая страница',
        previous: 'Предыдущая страница',
        next: 'Следующая страница',
        last: 'Последняя страница',
        page: 'Страница 3',
      },
    ],
  ] as const)(
    'in %s',
    async (lng, names) => {
      await changeLanguage(lng);
      try {
        renderShell();
        expect(screen.getByRole('button', { name: names.theme })).toBeTruthy();
        expect(screen.getByRole('radiogroup', { name: names.language })).toBeTruthy();
        // Languages are named in their own language, whatever the page's language is.
        expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy();
        expect(screen.getByRole('radio', { name: 'Русский' })).toBeTruthy();
        expect(screen.getByRole('button', { name: names.menu })).toBeTruthy();
        for (const control of [names.first, names.previous, names.next, names.last, names.page]) {
          expect(screen.getByRole('button', { name: control })).toBeTruthy();
        }
      } finally {
        await changeLanguage('en');
      }
      // The whole shell's role queries take ~5 s on a loaded machine.
    },
    20_000,
  );

  it('leaves no control in the app shell and the node list without a name', () => {
    renderShell();
    expect(screen.getAllByRole('button').length).toBeGreaterThan(8);
    const unnamed = ['button', 'link', 'radio', 'textbox', 'combobox'].flatMap((role) => {
      const named = screen.queryAllByRole(role, { name: /\S/ });
      return screen.queryAllByRole(role).filter((el) => !named.includes(el));
    });
    expect(unnamed.map((el) => el.outerHTML.slice(0, 160))).toEqual([]);
  });

  it('names the sign-out icon of the phone header', () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <HeaderControls />
      </MockedProvider>,
    );
    // The labelled button from xs up, the icon that opens a menu below it.
    expect(screen.getAllByRole('button', { name: 'Sign out' })).toHaveLength(2);
  });
});
