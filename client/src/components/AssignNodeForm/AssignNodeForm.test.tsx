import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
