import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ApiTokensSectionDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { ApiTokensSection } from './ApiTokensSection';

const token = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken',
  id,
  name,
  scope: 'READ',
  prefix: `mgk_${id}abcd`,
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2099-05-30T10:00:00.000Z',
  lastUsedAt: null,
  ...extra,
});

const LIST = (tokens: unknown[]) => ({ request: { query: ApiTokensSectionDocument }, result: { data: { apiTokens: tokens } } });
const SECRET = 'mgk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

afterEach(() => vi.restoreAllMocks());

function renderSection(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      <ApiTokensSection />
    </MockedProvider>,
  );
}

describe('profile API tokens section', () => {
  it('lists tokens with scope, dates and last use, and revokes one after confirmation', { timeout: 20_000 }, async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const revoke = { request: { query: RevokeApiTokenDocument, variables: { id: 't2' } }, result: { data: { revokeApiToken: true } } };
    renderSection([
      LIST([
        token('t1', 'Grafana', { lastUsedAt: '2026-03-04T08:30:00.000Z' }),
        token('t2', 'Old script', { scope: 'FULL', expiresAt: '2026-01-01T00:00:00.000Z' }),
      ]),
      revoke,
    ]);
    const rows = await screen.findAllByTestId('api-token-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Grafana')).toBeTruthy();
    expect(within(rows[0]).getByText('Read only')).toBeTruthy();
    expect(within(rows[0]).getByText('mgk_t1abcd…')).toBeTruthy();
    expect(within(rows[0]).queryByText('Never')).toBeNull();
    expect(within(rows[1]).getByText('Full access')).toBeTruthy();
    expect(within(rows[1]).getByText('Expired')).toBeTruthy();
    expect(within(rows[1]).getByText('Never')).toBeTruthy();

    // Cancelled: nothing sent, the row stays.
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Revoke' }));
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('"Old script"'));
    expect(screen.getAllByTestId('api-token-row')).toHaveLength(2);
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.getAllByTestId('api-token-row')).toHaveLength(1));
    expect(screen.queryByText('Old script')).toBeNull();
  });

  it('creates a token and shows its secret once, with a copy button and a warning; Done hides it for good', { timeout: 20_000 }, async () => {
    const create = {
      request: { query: CreateApiTokenDocument, variables: { input: { name: 'Grafana', scope: 'FULL', expiresInDays: 30 } } },
      result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: SECRET, apiToken: token('t9', 'Grafana', { scope: 'FULL' }) } } },
    };
    renderSection([LIST([]), create]);
    expect(await screen.findByText('No API tokens yet.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Name'), '  Grafana ');
    // The label names both the input and its listbox; options sit in a dropdown jsdom cannot lay out.
    await userEvent.click(screen.getAllByLabelText('Scope').find((el) => el.tagName === 'INPUT')!);
    await userEvent.click(await screen.findByRole('option', { name: 'Full access', hidden: true }));
    const days = screen.getByLabelText('Expires in (days)');
    await userEvent.clear(days);
    await userEvent.type(days, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    const created = await screen.findByTestId('api-token-created');
    expect(within(created).getByTestId('api-token-secret').textContent).toBe(SECRET);
    expect(within(created).getByText(/only time the token is shown/)).toBeTruthy();
    expect(within(created).getByRole('button', { name: 'Copy' })).toBeTruthy();
    // The new token is in the list (without its secret).
    const row = await screen.findByTestId('api-token-row');
    expect(within(row).getByText('Grafana')).toBeTruthy();
    expect(row.textContent?.includes(SECRET)).toBe(false);

    await userEvent.click(within(created).getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('api-token-created')).toBeNull();
    expect(document.body.textContent?.includes(SECRET)).toBe(false);
  });

  it('shows validation errors instead of sending out-of-range input', { timeout: 20_000 }, async () => {
    renderSection([LIST([])]);
    await screen.findByText('No API tokens yet.');
    const days = screen.getByLabelText('Expires in (days)');
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Give the token a name')).toBeTruthy();
    expect(screen.getByText('Between 1 and 365 days')).toBeTruthy();
    expect((days as HTMLInputElement).value).toBe('400');
  });
});
