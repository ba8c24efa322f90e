import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NodeStatus } from '../../../network/node-status.js';
import { candidateOf, massOffline, nextCondition, statusDecision, type StatusAlertKind } from './status-alert.rules.js';

const none = new Set<StatusAlertKind>();

test('a status opens its alert only once held for `hold` refreshes', () => {
  const one = nextCondition(undefined, 'NODE_OFFLINE', false);
  assert.deepEqual(one, { kind: 'NODE_OFFLINE', consecutive: 1 });
  assert.deepEqual(statusDecision(one, 2, none, false), { open: null, resolve: [] });
  const two = nextCondition(one, 'NODE_OFFLINE', false);
  assert.deepEqual(statusDecision(two, 2, none, false), { open: 'NODE_OFFLINE', resolve: [] });
  assert.deepEqual(statusDecision(two, 2, new Set(['NODE_OFFLINE']), false), { open: null, resolve: [] }, 'no duplicate while open');
});

test('a flap resets the count; UNKNOWN changes nothing', () => {
  const bad = nextCondition(undefined, 'NODE_JAILED', false);
  const healthy = nextCondition(bad, 'HEALTHY', false);
  assert.deepEqual(healthy, { kind: 'HEALTHY', consecutive: 1 });
  assert.equal(nextCondition(bad, candidateOf(NodeStatus.UNKNOWN), false), bad);
  assert.equal(candidateOf(NodeStatus.UNKNOWN), null);
});

test('recovery must hold as long, resolves every open status alert, and is never suppressed', () => {
  const open = new Set<StatusAlertKind>(['NODE_OFFLINE']);
  assert.deepEqual(statusDecision({ kind: 'HEALTHY', consecutive: 1 }, 2, open, false).resolve, []);
  assert.deepEqual(statusDecision({ kind: 'HEALTHY', consecutive: 2 }, 2, open, true).resolve, ['NODE_OFFLINE']);
});

test('JAILED → OFFLINE resolves JAILED and opens OFFLINE once held', () => {
  assert.deepEqual(statusDecision({ kind: 'NODE_OFFLINE', consecutive: 2 }, 2, new Set(['NODE_JAILED']), false), {
    open: 'NODE_OFFLINE',
    resolve: ['NODE_JAILED'],
  });
});

test('suppression freezes a bad status and opens nothing', () => {
  const one = { kind: 'NODE_OFFLINE', consecutive: 1 };
  assert.equal(nextCondition(one, 'NODE_OFFLINE', true), one);
  assert.deepEqual(statusDecision({ kind: 'NODE_OFFLINE', consecutive: 5 }, 2, none, true), { open: null, resolve: [] });
  assert.deepEqual(nextCondition(one, 'HEALTHY', true), { kind: 'HEALTHY', consecutive: 1 });
});

test('mass offline: at least half of the tracked nodes and at least 3 going OFFLINE in one refresh', () => {
  const going = (n: number) => Array.from({ length: n }, () => ({ before: 'HEALTHY', seen: 'NODE_OFFLINE' as const }));
  assert.equal(massOffline(going(3), 6), 3);
  assert.equal(massOffline(going(2), 2), null, 'fewer than 3');
  assert.equal(massOffline(going(3), 7), null, 'under half');
  assert.equal(massOffline([...going(2), { before: 'NODE_OFFLINE', seen: 'NODE_OFFLINE' }], 3), null, 'already offline is no change');
  const firstSeen = Array.from({ length: 4 }, () => ({ before: undefined, seen: 'NODE_OFFLINE' as const }));
  assert.equal(massOffline(firstSeen, 4), null, 'a first observation is no change');
});
