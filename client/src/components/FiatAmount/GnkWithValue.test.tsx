import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { FiatAmountFragment } from './FiatAmount';
import { GnkWithValue } from './GnkWithValue';

const usd = { amount: '5.20', currency: 'USD', price: '0.4213', priceAt: '2026-03-05T10:00:00.000Z', stale: false } as const;
const value = (v: Partial<typeof usd> | Record<string, unknown> = {}) => makeFragmentData({ ...usd, ...v } as never, FiatAmountFragment);

/** True when `a` comes before `b` in the document. */
const precedes = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

afterEach(() => changeLanguage('en'));

describe('GnkWithValue', () => {
  it('stack: the value in the preferred currency first, the GNK amount dimmed under it with its unit and every digit on hover', async () => {
    renderWithProviders(<GnkWithValue gnk="12.345678901" value={value()} source="simulator" />);
    const main = screen.getByTestId('gnk-value');
    const second = screen.getByTestId('gnk-secondary');
    expect(main.textContent).toBe('$5.20');
    expect(second.textContent).toBe('12.35 GNK');
    expect(precedes(main, second)).toBe(true);
    expect(main.style.display).toBe('block');
    await userEvent.hover(screen.getByText('12.35'));
    expect(await screen.findByText('12.345678901 GNK')).toBeTruthy();
    // FiatAmount's tooltip (source and time of the price) stays on the value.
    await userEvent.hover(screen.getByTestId('fiat-amount'));
    expect(await screen.findByText(/^Price from the simulator \(demo\)/)).toBeTruthy();
  });

  it('inline: "value · GNK", in Russian too', async () => {
    renderWithProviders(<GnkWithValue gnk="3.5" value={value({ currency: 'EUR', amount: '1.47', stale: true })} layout="inline" unit />);
    const main = screen.getByTestId('gnk-value');
    const second = screen.getByTestId('gnk-secondary');
    expect(main.textContent).toBe('€1.47(stale)');
    expect(second.textContent).toBe('3.50 GNK');
    expect(precedes(main, second)).toBe(true);
    expect(second.parentElement?.textContent).toBe('· 3.50 GNK');
    await changeLanguage('ru');
    expect(screen.getByTestId('gnk-value').textContent).toMatch(/^1,47 €\(устарела\)$/);
    expect(screen.getByTestId('gnk-secondary').textContent).toBe('3,50 GNK');
  });

  it('no price: the GNK figure stays the main one and the value is "—" (both layouts)', () => {
    const { unmount } = renderWithProviders(<GnkWithValue gnk="12.345678901" value={null} />);
    let main = screen.getByTestId('gnk-main');
    let dash = screen.getByTestId('gnk-value');
    expect(main.textContent).toBe('12.35');
    expect(dash.textContent).toBe('—');
    expect(precedes(main, dash)).toBe(true);
    expect(screen.queryByTestId('gnk-secondary')).toBeNull();
    unmount();
    renderWithProviders(<GnkWithValue gnk="12.345678901" value={null} layout="inline" unit />);
    main = screen.getByTestId('gnk-main');
    dash = screen.getByTestId('gnk-value');
    expect(main.textContent).toBe('12.35 GNK');
    expect(dash.textContent).toBe('—');
    expect(precedes(main, dash)).toBe(true);
  });

  it('a GNK preference (or a value not asked for) shows the GNK figure alone', () => {
    const { unmount } = renderWithProviders(<GnkWithValue gnk="12.345678901" value={value({ currency: 'GNK', amount: '12.345678901', price: '1' })} unit />);
    expect(document.body.textContent).toContain('12.35 GNK');
    expect(screen.queryByTestId('gnk-value')).toBeNull();
    expect(screen.queryByTestId('fiat-amount')).toBeNull();
    unmount();
    renderWithProviders(<GnkWithValue gnk="1" value={undefined} />);
    expect(screen.queryByTestId('gnk-value')).toBeNull();
    expect(screen.getByText('1.00')).toBeTruthy();
  });
});
