import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from '../../common/money.js';
import { type RentEntry, rentPieces, rentRecorded } from './rent-accrual.rules.js';
import { visibleRentHistory } from './rent-history.js';

const at = (iso: string) => new Date(iso);
// Pieces of a 31-day month are thirds-of-a-cent-like fractions: exact to 60 significant digits, so
// compared at 20 decimals (far below the minor unit that is rounded to once, at the edge).
const total = (entries: RentEntry[], from: string, to: string) =>
  rentPieces(entries, [{ from: at(from), to: at(to) }])
    .reduce((s, p) => s.plus(p.amount), new Decimal(0))
    .toDecimalPlaces(20)
    .toFixed();

describe('rent accrual', () => {
  it('hourly: amount × the exact hours rented', () => {
    const hourly: RentEntry[] = [{ amount: '1.85', currency: 'USD', period: 'HOUR', validFrom: '2026-03-01' }];
    assert.equal(total(hourly, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'), '44.4');
    assert.equal(total(hourly, '2026-03-05T10:30:00Z', '2026-03-05T11:00:00Z'), '0.925');
    // Before the first entry nothing is recorded: nothing accrues there.
    assert.equal(total(hourly, '2026-02-28T00:00:00Z', '2026-03-01T01:00:00Z'), '1.85');
  });

  it('monthly: spread evenly over its calendar month; a whole month is the amount, a day is 1/days-in-month', () => {
    const monthly: RentEntry[] = [{ amount: '3000', currency: 'EUR', period: 'MONTH', validFrom: '2026-01-01' }];
    assert.equal(total(monthly, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z'), '3000');
    assert.equal(total(monthly, '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'), '3000');
    assert.equal(total(monthly, '2026-04-10T00:00:00Z', '2026-04-11T00:00:00Z'), '100');
    // A range over a month boundary takes each side at its own month's length.
    assert.equal(
      total(monthly, '2026-02-28T00:00:00Z', '2026-03-02T00:00:00Z'),
      new Decimal(3000).div(28).plus(new Decimal(3000).div(31)).toDecimalPlaces(20).toFixed(),
    );
  });

  it('a change mid-month splits the month at 00:00 UTC of the new date; the time before keeps its rent', () => {
    const entries: RentEntry[] = [
      { amount: '3000', currency: 'USD', period: 'MONTH', validFrom: '2026-04-01' },
      { amount: '2.00', currency: 'USD', period: 'HOUR', validFrom: '2026-04-16' },
    ];
    // 15 days of 3000/30 = 1500, then 15 days × 24 h × 2.00 = 720.
    assert.equal(total(entries, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z'), '2220');
    const pieces = rentPieces(entries, [{ from: at('2026-04-15T12:00:00Z'), to: at('2026-04-16T12:00:00Z') }]);
    assert.deepEqual(
      pieces.map((p) => [p.day, p.amount.toFixed()]),
      [
        ['2026-04-15', '50'],
        ['2026-04-16', '24'],
      ],
    );
  });

  it('accrues only inside the rented intervals, and says when no entry covers them (unknown, not zero)', () => {
    const entries: RentEntry[] = [{ amount: '1', currency: 'USD', period: 'HOUR', validFrom: '2026-04-01' }];
    const intervals = [
      { from: at('2026-04-01T00:00:00Z'), to: at('2026-04-01T02:00:00Z') },
      { from: at('2026-04-03T00:00:00Z'), to: at('2026-04-03T03:00:00Z') },
    ];
    assert.equal(
      rentPieces(entries, intervals)
        .reduce((s, p) => s.plus(p.amount), new Decimal(0))
        .toFixed(),
      '5',
    );
    assert.equal(rentRecorded(entries, intervals), true);
    assert.equal(rentRecorded(entries, [{ from: at('2026-03-01T00:00:00Z'), to: at('2026-03-31T00:00:00Z') }]), false);
  });

  it('a customer who received the node later sees the history from their assignment on', () => {
    const row = (id: string, validFrom: string) => ({
      id,
      node_id: 'n',
      amount: '1',
      currency: 'USD' as const,
      period: 'HOUR' as const,
      valid_from: validFrom,
      created_at: new Date(),
    });
    const rows = [row('1', '2026-01-01'), row('2', '2026-02-01'), row('3', '2026-03-10')];
    assert.deepEqual(
      visibleRentHistory(rows, null).map((r) => [r.id, r.validFrom, r.validUntil]),
      [
        ['3', '2026-03-10', null],
        ['2', '2026-02-01', '2026-03-10'],
        ['1', '2026-01-01', '2026-02-01'],
      ],
    );
    assert.deepEqual(
      visibleRentHistory(rows, at('2026-02-20T08:00:00Z')).map((r) => [r.id, r.validFrom]),
      [
        ['3', '2026-03-10'],
        ['2', '2026-02-20'],
      ],
    );
  });
});
