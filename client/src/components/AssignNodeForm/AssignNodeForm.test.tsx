import { afterEach, describe, expect, it, vi } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../i18n';
import { en, type Strings } from '../../i18n/en';
import { ru } from '../../i18n/ru';
import { renderWithProviders } from '../../test/render';
import { AssignNodeForm } from './AssignNodeForm';

describe('AssignNodeForm', () => {
  it('requires a customer and a gonka1 address for wallet identifiers', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<AssignNodeForm users={[]} onUserSearch={() => {}} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Identifier (gonka1…)'), 'cosmos1abc');
    await userEvent.click(screen.getByRole('button', { name: 'Assign node' }));
    expect(await screen.findByText('gonka1…')).toBeTruthy();
    expect(screen.getByText('Required')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

const WALLET = `gonka1${'q'.repeat(38)}`;

/** What the server answers for an identifier that passes the client's shape check but not its checksum. */
function badIdentifier(): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    errors: [
      {
        message: 'input.identifier must be a valid gonka1… bech32 address',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.identifier' },
      },
    ],
  });
}

async function submitWallet(onSubmit: () => Promise<void>, strings: Strings['admin']) {
  renderWithProviders(<AssignNodeForm users={[{ value: 'u1', label: 'alice@example.com' }]} onUserSearch={() => {}} onSubmit={onSubmit} />);
  await userEvent.click(screen.getByPlaceholderText(strings.searchUsers));
  await userEvent.click(await screen.findByRole('option', { name: 'alice@example.com', hidden: true }));
  await userEvent.type(screen.getByLabelText(strings.identifier), WALLET);
  await userEvent.click(screen.getByRole('button', { name: strings.assign }));
}

describe('AssignNodeForm: the server refuses the identifier', { timeout: 20_000 }, () => {
  afterEach(() => changeLanguage('en'));

  it('says in English what a wallet address looks like, not the validator message', async () => {
    await submitWallet(() => Promise.reject(badIdentifier()), en.admin);
    expect(await screen.findByText(/not a Gonka wallet address/)).toBeTruthy();
    expect(screen.queryByText(/bech32/)).toBeNull();
  });

  it('says it in Russian', async () => {
    await changeLanguage('ru');
    await submitWallet(() => Promise.reject(badIdentifier()), ru.admin);
    expect(await screen.findByText(/не адрес кошелька Gonka/)).toBeTruthy();
    expect(screen.queryByText(/bech32/)).toBeNull();
  });

  it("keeps the server's message for other fields", async () => {
    const other = new CombinedGraphQLErrors({ errors: [{ message: 'no such customer', extensions: { code: 'BAD_USER_INPUT', field: 'input.userId' } }] });
    await submitWallet(() => Promise.reject(other), en.admin);
    expect(await screen.findByText('no such customer')).toBeTruthy();
  });
});
