import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { CurrencyPreferenceDocument, SaveCurrencyDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { CurrencySwitch } from './CurrencySwitch';

const me = (currencyPreference: string) => ({ __typename: 'User', id: 'u1', currencyPreference });

describe('the header currency switch', () => {
  it('shows the profile’s currency and saves a new one to the profile', { timeout: 20_000 }, async () => {
    const saved = vi.fn(() => ({ data: { updateProfile: me('EUR') } }));
    renderWithProviders(
      <MockedProvider
        mocks={[
          { request: { query: CurrencyPreferenceDocument }, result: { data: { me: me('USD') } } },
          { request: { query: SaveCurrencyDocument, variables: { input: { currencyPreference: 'EUR' } } }, result: saved },
        ]}
        cache={createCache()}
      >
        <CurrencySwitch />
      </MockedProvider>,
    );
    const usd = await screen.findByRole('radio', { name: 'USD' });
    expect((usd as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByText('EUR'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    // The cache now holds the profile's new preference: the switch shows it.
    await waitFor(() => expect((screen.getByRole('radio', { name: 'EUR' }) as HTMLInputElement).checked).toBe(true));
  });
});
