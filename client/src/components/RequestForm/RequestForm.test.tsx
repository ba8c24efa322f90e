import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderWithProviders } from '../../test/render';
import { RequestForm } from './RequestForm';

async function chooseGpu(name: string) {
  await userEvent.type(screen.getByPlaceholderText('H100 80GB'), name);
}

describe('RequestForm', () => {
  it('requires a GPU type for a new node and a quantity of 1..100', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    const quantity = screen.getByRole('textbox', { name: 'Quantity' });
    await userEvent.clear(quantity);
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Choose a GPU type for a new node')).toBeTruthy();
    expect(screen.getByText('From 1 to 100')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a typed input', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    await chooseGpu('H100 80GB');
    await userEvent.type(screen.getByRole('textbox', { name: 'Budget or price range' }), '$2/h');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      type: 'NEW_NODE',
      network: 'GONKA',
      quantity: 1,
      gpuType: 'H100 80GB',
      budget: '$2/h',
      comments: null,
    });
  });

  it('puts a BAD_USER_INPUT error on the field the server names', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'budget is too long', extensions: { code: 'BAD_USER_INPUT', field: 'budget' } }] }));
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    await chooseGpu('A100 80GB');
    fireEvent.submit(screen.getByRole('button', { name: 'Send request' }).closest('form')!);
    expect(await screen.findByText('budget is too long')).toBeTruthy();
  });
});
