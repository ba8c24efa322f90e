import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { AlertRulesForm, AlertRulesFormFragment } from './AlertRulesForm';

const user = (reminderMinutes: number | null) =>
  makeFragmentData(
    { alertRules: { __typename: 'AlertRules', holdRefreshes: 2, claimWindowHours: 6, earningsDropShare: 0.5, reminderMinutes } },
    AlertRulesFormFragment,
  );

describe('AlertRulesForm', () => {
  it('shows the drop share in percent and sends it back as a share; reminders off send null', { timeout: 20_000 }, async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<AlertRulesForm user={user(60)} onSubmit={onSubmit} />);
    const share = screen.getByRole('textbox', { name: /Earnings drop below/ });
    expect((share as HTMLInputElement).value).toBe('50 %');
    await userEvent.clear(share);
    await userEvent.type(share, '30');
    await userEvent.click(screen.getByRole('switch', { name: 'Remind me of critical alerts still open' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ holdRefreshes: 2, claimWindowHours: 6, earningsDropShare: 0.3, reminderMinutes: null }));
  });

  it('keeps the share within what the server accepts, and refuses an empty field', { timeout: 20_000 }, async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<AlertRulesForm user={user(null)} onSubmit={onSubmit} />);
    const share = screen.getByRole('textbox', { name: /Earnings drop below/ });
    await userEvent.clear(share);
    await userEvent.type(share, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    // Leaving the field clamps it to the server's minimum (5 %).
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ earningsDropShare: 0.05 })));

    const hold = screen.getByRole('textbox', { name: /Refreshes to confirm/ });
    await userEvent.clear(hold);
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(await screen.findByText('A whole number from 1 to 10')).toBeTruthy();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('turning reminders on offers the interval', async () => {
    renderWithProviders(<AlertRulesForm user={user(null)} onSubmit={vi.fn()} />);
    expect(screen.queryByRole('textbox', { name: 'Every, minutes' })).toBeNull();
    await userEvent.click(screen.getByRole('switch', { name: 'Remind me of critical alerts still open' }));
    expect((screen.getByRole('textbox', { name: 'Every, minutes' }) as HTMLInputElement).value).toBe('60');
  });
});
