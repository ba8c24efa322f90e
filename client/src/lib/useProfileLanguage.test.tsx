import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ProfileLanguageDocument, SaveLanguageDocument } from '../gql/graphql';
import { createCache } from '../app/apollo';
import { changeLanguage } from '../i18n';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from '../app/AppLayout/HeaderControls';

vi.mock('../session/SessionProvider', () => ({
  useSession: () => ({ user: { id: 'u1', email: 'customer@minegnk.demo', role: 'CUSTOMER' }, ready: true, signOut: async () => {} }),
}));

const profile = (language: 'EN' | 'RU') => ({
  request: { query: ProfileLanguageDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', language } } },
});

function saved(language: 'EN' | 'RU') {
  const result = vi.fn(() => ({ data: { updateProfile: { __typename: 'User', id: 'u1', language } } }));
  return { mock: { request: { query: SaveLanguageDocument, variables: { input: { language } } }, result }, result };
}

afterEach(() => changeLanguage('en'));

describe('the language switch and the profile', () => {
  it('saves the language chosen in the header to the profile', { timeout: 20_000 }, async () => {
    const ru = saved('RU');
    renderWithProviders(
      <MockedProvider mocks={[profile('EN'), ru.mock]} cache={createCache()}>
        <LanguageSwitch />
      </MockedProvider>,
    );
    await waitFor(() => expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy());
    await userEvent.click(screen.getByText('RU'));
    await waitFor(() => expect(ru.result).toHaveBeenCalledTimes(1));
  });

  it('brings the profile in line with a language chosen before signing in', { timeout: 20_000 }, async () => {
    const en = saved('EN');
    renderWithProviders(
      <MockedProvider mocks={[profile('RU'), en.mock]} cache={createCache()}>
        <LanguageSwitch />
      </MockedProvider>,
    );
    await waitFor(() => expect(en.result).toHaveBeenCalledTimes(1));
  });
});
