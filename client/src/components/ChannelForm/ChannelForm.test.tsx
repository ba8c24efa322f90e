import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderWithProviders } from '../../test/render';
import { ChannelForm } from './ChannelForm';

const SECRET = 'whsec_3f9a1c0d5e7b2a4c6e8f0a1b3c5d7e9f';

/** A text field by its label (required ones carry an asterisk in their name). */
function field(label: string) {
  return screen.getByRole('textbox', { name: new RegExp(`^${label}`) });
}

async function pickKind(label: string) {
  // The label names both the input and its listbox.
  await userEvent.click(screen.getAllByLabelText('Kind').find((el) => el.tagName === 'INPUT')!);
  // Options sit in a dropdown jsdom cannot lay out (floating-ui hides it): reach them anyway.
  await userEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

describe('ChannelForm', () => {
  it('checks the label and the target for the chosen kind before sending anything', { timeout: 20_000 }, async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<ChannelForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);

    await userEvent.type(field('Label'), 'Phone');
    await userEvent.type(field('Email address'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findByText('Enter a valid email address')).toBeTruthy();

    await pickKind('Webhook');
    await userEvent.type(field('Webhook URL'), 'ftp://example.com/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findByText('Enter an http(s) URL')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a webhook secret once, copyable, with the warning, until Done', { timeout: 20_000 }, async () => {
    const onSubmit = vi.fn().mockResolvedValue({ secret: SECRET, telegramLinkUrl: null });
    renderWithProviders(<ChannelForm onSubmit={onSubmit} />);
    await pickKind('Webhook');
    await userEvent.type(field('Label'), 'Ops hook');
    await userEvent.type(field('Webhook URL'), 'https://hooks.example.com/minegnk');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));

    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        kind: 'WEBHOOK',
        label: 'Ops hook',
        target: 'https://hooks.example.com/minegnk',
        minSeverity: 'WARNING',
        events: null,
      }),
    );
    expect((await screen.findByTestId('channel-secret')).textContent).toBe(SECRET);
    expect(screen.getByText(/shown only once/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('channel-secret')).toBeNull();
    expect(screen.queryByText(SECRET)).toBeNull();
    expect(screen.getByRole('button', { name: 'Save channel' })).toBeTruthy();
  });

  it('sends no target for Telegram and offers the deep link to link the chat', { timeout: 20_000 }, async () => {
    const link = 'https://t.me/minegnk_bot?start=abc123';
    const onSubmit = vi.fn().mockResolvedValue({ secret: null, telegramLinkUrl: link });
    renderWithProviders(<ChannelForm onSubmit={onSubmit} />);
    await pickKind('Telegram');
    await userEvent.type(field('Label'), 'My chat');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'TELEGRAM', target: '' })));
    expect((await screen.findByRole('link', { name: 'Open Telegram' })).getAttribute('href')).toBe(link);
  });

  it('words the server refusing a private target under the target field', { timeout: 20_000 }, async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'private address', extensions: { code: 'BAD_USER_INPUT', field: 'input.target' } }],
    });
    const onSubmit = vi.fn().mockRejectedValue(refusal);
    renderWithProviders(<ChannelForm onSubmit={onSubmit} />);
    await pickKind('Webhook');
    await userEvent.type(field('Label'), 'Team');
    await userEvent.type(field('Webhook URL'), 'http://10.0.0.5/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findByText('This target is not accepted (only public http(s) addresses).')).toBeTruthy();
  });

  it('words the channel limit under the kind, not under the target', { timeout: 20_000 }, async () => {
    const limit = new CombinedGraphQLErrors({
      errors: [{ message: 'At most 10 notification channels per account', extensions: { code: 'BAD_USER_INPUT', field: 'input.kind' } }],
    });
    renderWithProviders(<ChannelForm onSubmit={vi.fn().mockRejectedValue(limit)} />);
    await userEvent.type(field('Label'), 'Eleventh');
    await userEvent.type(field('Email address'), 'me@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findByText(/the account already has the most channels allowed \(10\)/)).toBeTruthy();
  });
});
