import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { AdminUsersDocument } from '../../gql/graphql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { AdminUsersTab } from './AdminUsersTab';

const user = (id: string, email: string, role: 'ADMIN' | 'USER') => ({
  __typename: 'User',
  id,
  email,
  role,
  telegram: null,
  discord: null,
  createdAt: '2026-11-01T10:00:00Z',
});
const mocks = [
  {
    request: { query: AdminUsersDocument, variables: { search: null } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: 2,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [
            { __typename: 'UserEdge', node: user('a1', 'admin@minegnk.local', 'ADMIN') },
            { __typename: 'UserEdge', node: user('u1', 'demo@minegnk.local', 'USER') },
          ],
        },
      },
    },
  },
];

afterEach(() => changeLanguage('en'));

describe('AdminUsersTab', () => {
  it('words the role (not the code) and links each customer’s statement', async () => {
    changeLanguage('ru');
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <AdminUsersTab />
      </MockedProvider>,
    );
    // (The table and its phone card layout both render: each text may show twice.)
    expect((await screen.findAllByText('Клиент')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Администратор').length).toBeGreaterThan(0);
    expect(screen.queryByText('USER')).toBeNull();
    const links = screen.getAllByRole('link', { name: /Выписка клиента/ });
    expect([...new Set(links.map((a) => a.getAttribute('href')))]).toEqual(['/statement?userId=u1']);
  });
});
