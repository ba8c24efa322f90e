import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderWithProviders } from '../../test/render';
import { AuthForm } from './AuthForm';

describe('AuthForm', () => {
  it('validates email and password length before calling the server', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<AuthForm mode="register" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Email/), 'not-an-email');
    await userEvent.type(screen.getByLabelText(/Password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter a valid email')).toBeTruthy();
    expect(screen.getByText('At least 10 characters')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows wrong credentials from UNAUTHENTICATED', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'Invalid', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderWithProviders(<AuthForm mode="signIn" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Email/), 'a@b.co');
    await userEvent.type(screen.getByLabelText(/Password/), 'whatever');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('auth-error').textContent).toContain('Wrong email or password'));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'a@b.co', password: 'whatever' });
  });

  it('maps BAD_USER_INPUT extensions.field onto the field', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'Email is too long', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] }));
    renderWithProviders(<AuthForm mode="register" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Email/), 'a@b.co');
    await userEvent.type(screen.getByLabelText(/Password/), 'long-enough-password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Email is too long')).toBeTruthy();
  });
});
