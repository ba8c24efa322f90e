import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelWants, preferenceAllows } from './alert-preferences.js';

test('a preference group turned off silences its kinds only; absent preferences are on', () => {
  assert.equal(preferenceAllows({}, 'NODE_OFFLINE'), true);
  assert.equal(preferenceAllows(null, 'SYSTEM_UPSTREAM_DOWN'), true);
  assert.equal(preferenceAllows({ nodeDown: false }, 'NODE_JAILED'), false);
  assert.equal(preferenceAllows({ nodeDown: false }, 'EARNINGS_DROP'), true);
  assert.equal(preferenceAllows({ earningsDrop: false }, 'EPOCH_ZERO_REWARD'), false);
  assert.equal(preferenceAllows({ requestUpdates: false }, 'REQUEST_NOTE_ADDED'), false);
  assert.equal(preferenceAllows({ epochGuard: false }, 'CLAIM_WINDOW_CLOSING'), false);
  assert.equal(preferenceAllows({ assignments: false }, 'NODE_UNASSIGNED'), false);
  assert.equal(preferenceAllows({ system: false }, 'SYSTEM_DELIVERIES_FAILING'), false);
});

test('a channel gets the kinds it lists (null = all) at or above its minimum severity, and only when active', () => {
  const base = { status: 'ACTIVE' as const, events: null, minSeverity: 'WARNING' as const };
  assert.equal(channelWants(base, { kind: 'NODE_OFFLINE', severity: 'CRITICAL' }), true);
  assert.equal(channelWants(base, { kind: 'NODE_OFFLINE', severity: 'WARNING' }), true);
  assert.equal(channelWants(base, { kind: 'NODE_ASSIGNED', severity: 'INFO' }), false);
  assert.equal(channelWants({ ...base, minSeverity: 'INFO' }, { kind: 'NODE_ASSIGNED', severity: 'INFO' }), true);
  assert.equal(channelWants({ ...base, events: ['NODE_JAILED'] }, { kind: 'NODE_OFFLINE', severity: 'CRITICAL' }), false);
  assert.equal(channelWants({ ...base, events: ['NODE_JAILED'] }, { kind: 'NODE_JAILED', severity: 'CRITICAL' }), true);
  assert.equal(channelWants({ ...base, status: 'PENDING_LINK' }, { kind: 'NODE_OFFLINE', severity: 'CRITICAL' }), false);
});
