import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { BulkAssignForm, type BulkResult } from './BulkAssignForm';

const A = `gonka1${'q'.repeat(38)}`;
const B = `gonka1${'p'.repeat(38)}`;

afterEach(() => changeLanguage('en'));

async function fill(onSubmit: (input: any) => Promise<BulkResult>, text: string, placeholder = 'Search by email') {
  renderWithProviders(<BulkAssignForm users={[{ value: 'u1', label: 'alice@example.com' }]} onUserSearch={() => {}} onSubmit={onSubmit} />);
  await userEvent.click(screen.getByPlaceholderText(placeholder));
  await userEvent.click(await screen.findByRole('option', { name: 'alice@example.com', hidden: true }));
  fireEvent.change(screen.getByRole('textbox', { name: /Identifiers|Идентификаторы/ }), { target: { value: text } });
}

describe('BulkAssignForm', () => {
  it('sends the parsed lines and shows each line’s outcome at its pasted line number', async () => {
    const onSubmit = vi.fn(async () => ({
      applied: true,
      assignedCount: 1,
      lines: [
        { line: 1, identifier: A, outcome: 'ASSIGNED', code: 'ASSIGNED' },
        { line: 2, identifier: 'gonka1bad', outcome: 'INVALID', code: 'IDENTIFIER_MALFORMED' },
        { line: 3, identifier: B, outcome: 'OWNED_BY_OTHER', code: 'OWNED_BY_OTHER' },
      ],
    })) as any;
    await fill(onSubmit, `${A},rig-01\n\ngonka1bad\n${B}`);
    await userEvent.click(screen.getByRole('button', { name: 'Assign 3 lines' }));
    expect(onSubmit).toHaveBeenCalledWith({
      userId: 'u1',
      allOrNothing: false,
      lines: [
        { identifier: A, displayName: 'rig-01' },
        { identifier: 'gonka1bad', displayName: null },
        { identifier: B, displayName: null },
      ],
    });
    const rows = await screen.findAllByTestId('bulk-result-row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['1', '3', '4']);
    expect(within(rows[0]).getByText('Assigned')).toBeTruthy();
    expect(within(rows[1]).getByText('Invalid')).toBeTruthy();
    expect(within(rows[1]).getByText(/expected gonka1 followed by 38/)).toBeTruthy();
    expect(within(rows[2]).getByText('Owned by another customer')).toBeTruthy();
    expect(screen.getByText('1 node assigned')).toBeTruthy();
  });

  it('all or nothing: says nothing was assigned, in Russian too', async () => {
    await changeLanguage('ru');
    const onSubmit = vi.fn(async () => ({
      applied: false,
      assignedCount: 0,
      lines: [
        { line: 1, identifier: A, outcome: 'NOT_APPLIED', code: 'ROLLED_BACK' },
        { line: 2, identifier: B, outcome: 'OWNED_BY_OTHER', code: 'OWNED_BY_OTHER' },
      ],
    })) as any;
    await fill(onSubmit, `${A}\n${B}`, 'Поиск по email');
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Назначить строк: 2' }));
    expect(onSubmit.mock.calls[0][0].allOrNothing).toBe(true);
    expect(await screen.findByText('Ничего не назначено: некоторые строки назначить нельзя')).toBeTruthy();
    expect(screen.getByText('Не назначена (откат)')).toBeTruthy();
    expect(screen.getByText('Принадлежит другому клиенту')).toBeTruthy();
  });

  it('a list uploaded as a file fills the lines and is sent as pasted', async () => {
    const onSubmit = vi.fn(async () => ({ applied: true, assignedCount: 2, lines: [] })) as any;
    await fill(onSubmit, '');
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File([`identifier,display name\n${A},rig-01\n${B}\n`], 'nodes.csv', { type: 'text/csv' }));
    await screen.findByRole('button', { name: 'Assign 2 lines' });
    expect((screen.getByRole('textbox', { name: /Identifiers/ }) as HTMLTextAreaElement).value).toContain(`${A},rig-01`);
    await userEvent.click(screen.getByRole('button', { name: 'Assign 2 lines' }));
    expect(onSubmit).toHaveBeenCalledWith({
      userId: 'u1',
      allOrNothing: false,
      lines: [
        { identifier: A, displayName: 'rig-01' },
        { identifier: B, displayName: null },
      ],
    });
    expect(await screen.findByText('2 nodes assigned')).toBeTruthy();
  });

  it('refuses more than 500 lines before asking the server', async () => {
    const onSubmit = vi.fn();
    await fill(onSubmit as any, Array.from({ length: 501 }, () => A).join('\n'));
    await userEvent.click(screen.getByRole('button', { name: 'Assign 501 lines' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'At most 500 lines per list (501 given)');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
