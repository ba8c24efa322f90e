import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visibleRange } from './visible-range.js';

const range = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-31T00:00:00Z') };

describe('visibleRange', () => {
  it('keeps the range for admins and first owners (no period start)', () => {
    assert.equal(visibleRange(range, {}), range);
    assert.equal(visibleRange(range, { visibleFrom: null }), range);
  });

  it('keeps the range when the period started before it', () => {
    assert.equal(visibleRange(range, { visibleFrom: new Date('2025-12-01T00:00:00Z') }), range);
  });

  it('starts the range at the period start when that is later', () => {
    const since = new Date('2026-01-15T12:00:00Z');
    assert.deepEqual(visibleRange(range, { visibleFrom: since }), { from: since, to: range.to });
  });
});
