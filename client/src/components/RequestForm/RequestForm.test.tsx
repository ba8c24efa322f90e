import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { RequestForm } from './RequestForm';

async function chooseGpu(name: string) {
  await userEvent.type(screen.getByLabelText(/^(Desired GPU|Желаемый GPU)/, { selector: 'input' }), name);
}

afterEach(() => changeLanguage('en'));

describe('RequestForm', () => {
  it('requires a GPU type for a new node and a quantity of 1..100', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    const quantity = screen.getByRole('textbox', { name: 'Number of GPUs' });
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

  it('in Russian the field error is worded from its reason code, not the server’s English', async () => {
    changeLanguage('ru');
    const onSubmit = vi.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'budget must be shorter than or equal to 200 characters',
            extensions: { code: 'BAD_USER_INPUT', field: 'budget', reason: 'TOO_LONG', params: { limit: 200 } },
          },
        ],
      }),
    );
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    await chooseGpu('A100 80GB');
    fireEvent.submit(screen.getByRole('button', { name: 'Отправить заявку' }).closest('form')!);
    expect(await screen.findByText('Максимум символов: 200.')).toBeTruthy();
    expect(screen.queryByText(/must be shorter/)).toBeNull();
  });

  it.each(['0', '-3', '101'])('keeps an out-of-range quantity %s as typed, explains the range and sends nothing', async (typed) => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    await chooseGpu('H100 80GB');
    const quantity = screen.getByRole('textbox', { name: 'Number of GPUs' }) as HTMLInputElement;
    await userEvent.clear(quantity);
    await userEvent.type(quantity, typed);
    await userEvent.tab();
    expect(await screen.findByText('From 1 to 100')).toBeTruthy();
    expect(quantity.value).toBe(typed);
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(quantity.value).toBe(typed);
    expect(screen.getByText('From 1 to 100')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a typed in-range quantity', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<RequestForm onSubmit={onSubmit} />);
    await chooseGpu('H100 80GB');
    const quantity = screen.getByRole('textbox', { name: 'Number of GPUs' });
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ quantity: 5, gpuType: 'H100 80GB' });
    expect(screen.queryByText('From 1 to 100')).toBeNull();
  });

  it('shows placeholders as examples in the placeholder colour, also on a field in error', async () => {
    renderWithProviders(<RequestForm onSubmit={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Choose a GPU type for a new node')).toBeTruthy();
    const gpu = screen.getByLabelText(/^Desired GPU/, { selector: 'input' });
    expect(gpu.getAttribute('aria-invalid')).toBe('true');
    expect(gpu.getAttribute('placeholder')).toBe('e.g. H100 80GB');
    // Mantine turns an invalid field's placeholder red; ours stays the dimmed placeholder colour.
    expect(gpu.style.getPropertyValue('--input-placeholder-color')).toBe('var(--mantine-color-placeholder)');
    expect(screen.getByRole('textbox', { name: 'Budget or price range' }).getAttribute('placeholder')).toBe('e.g. $2–3 / GPU-hour');
  });
});
