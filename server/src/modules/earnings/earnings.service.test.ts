import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BadUserInput } from '../../common/domain-error.js';
import { resolveRange } from './earnings.service.js';

const DAY_MS = 86_400_000;

function assertBadInput(run: () => unknown, field: string, message: string) {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof BadUserInput, `expected BadUserInput, got ${String(e)}`);
    assert.equal(e.code, 'BAD_USER_INPUT');
    assert.equal(e.extra.field, field);
    assert.match(String(e.extra.reason), /^RANGE_(REVERSED|TOO_LONG)$/);
    assert.equal(e.message, message);
    return true;
  });
}

describe('resolveRange', () => {
  it('defaults to the last 30 days up to now', () => {
    const before = Date.now();
    const { from, to } = resolveRange(undefined);
    assert.ok(to.getTime() >= before && to.getTime() <= Date.now());
    assert.equal(to.getTime() - from.getTime(), 30 * DAY_MS);
  });

  it('counts a missing start 30 days back from the given end', () => {
    const to = new Date('2026-03-31T12:00:00Z');
    assert.deepEqual(resolveRange({ to }), { from: new Date('2026-03-01T12:00:00Z'), to });
  });

  it('ends a range with only a start now', () => {
    const from = new Date(Date.now() - DAY_MS);
    const range = resolveRange({ from });
    assert.equal(range.from, from);
    assert.ok(Math.abs(range.to.getTime() - Date.now()) < 1000);
  });

  it('keeps a range of zero length and one of exactly 366 days', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    assert.deepEqual(resolveRange({ from: at, to: at }), { from: at, to: at });
    const to = new Date(at.getTime() + 366 * DAY_MS);
    assert.deepEqual(resolveRange({ from: at, to }), { from: at, to });
  });

  it('refuses a start after the end, naming range.from', () => {
    const to = new Date('2026-01-01T00:00:00Z');
    assertBadInput(() => resolveRange({ from: new Date(to.getTime() + 1), to }), 'range.from', 'range.from must be before range.to');
  });

  it('refuses more than 366 days, naming the range', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    assertBadInput(() => resolveRange({ from, to: new Date(from.getTime() + 366 * DAY_MS + 1) }), 'range', 'range may span at most 366 days');
  });

  it('names the argument it was given', () => {
    const to = new Date('2026-01-01T00:00:00Z');
    assertBadInput(
      () => resolveRange({ from: new Date(to.getTime() + 1), to }, 'earningsRange'),
      'earningsRange.from',
      'earningsRange.from must be before earningsRange.to',
    );
  });
});
