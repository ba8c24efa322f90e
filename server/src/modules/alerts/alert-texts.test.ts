import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALERT_KINDS, type AlertRecord, STATEFUL_ALERT_KINDS } from './alert.types.js';
import { gnkToNgonka, ngonkaText } from './alert-texts.format.js';
import { renderAlert } from './alert-texts.js';

const NODE = { id: '11111111-1111-4111-8111-111111111111', identifier: 'gonka1abc', displayName: 'rig-1' };

function alert(over: Partial<AlertRecord>): AlertRecord {
  return {
    id: 'a1',
    userId: 'u1',
    nodeId: NODE.id,
    node: NODE,
    kind: 'NODE_OFFLINE',
    severity: 'CRITICAL',
    state: 'OPEN',
    dedupeKey: 'k',
    params: {},
    openedAt: new Date('2026-12-01T10:00:00Z'),
    resolvedAt: null,
    acknowledgedAt: null,
    mutedAt: null,
    ...over,
  };
}

test('every kind is worded in EN and RU, open and (stateful) recovered, without placeholders', () => {
  for (const kind of ALERT_KINDS) {
    for (const language of ['EN', 'RU'] as const) {
      for (const state of ['OPEN', 'RESOLVED'] as const) {
        const r = renderAlert(
          alert({ kind, state, params: { epoch: 7, amount: '1500000000', median: '3000000000', share: 0.5 } }),
          language,
          'https://p.example',
        );
        assert.ok(r.title.length > 0 && r.message.length > 0, `${kind} ${language} ${state}`);
        assert.doesNotMatch(`${r.title} ${r.message}`, /undefined|\[object|NaN/, `${kind} ${language} ${state}: ${r.title} / ${r.message}`);
      }
    }
  }
});

test('RU and EN differ and the recovery notice differs from the opening', () => {
  const open = alert({ kind: 'NODE_JAILED', params: { status: 'JAILED', rule: 'VALIDATOR_JAILED', jailedUntil: '2026-12-03T15:30:00Z' } });
  const en = renderAlert(open, 'EN', 'https://p.example');
  const ru = renderAlert(open, 'RU', 'https://p.example');
  assert.equal(en.title, 'rig-1 is jailed');
  assert.match(en.message, /until 3 December 2026 at 15:30 UTC|until 3 December 2026, 15:30 UTC/);
  assert.equal(ru.title, 'rig-1 в тюрьме');
  assert.match(ru.message, /до 3 декабря 2026/);
  const back = renderAlert({ ...open, state: 'RESOLVED', resolvedAt: new Date() }, 'EN', 'https://p.example');
  assert.equal(back.title, 'rig-1 recovered');
  assert.equal(renderAlert({ ...open, state: 'RESOLVED' }, 'RU', '').title, 'rig-1 восстановилась');
});

test('amounts are exact GNK from ngonka; links point at the portal page', () => {
  const r = renderAlert(alert({ kind: 'REWARD_EXPIRED', params: { epoch: 42, amount: '123456789012345678' } }), 'EN', 'https://portal.example/');
  assert.equal(r.message, '123456789.012345678 GNK from epoch 42 was not claimed in time and is lost.');
  assert.equal(r.link, `https://portal.example/nodes/${NODE.id}`);
  assert.equal(renderAlert(alert({ kind: 'REQUEST_STATUS_CHANGED', nodeId: null, node: null }), 'EN', 'https://x').link, 'https://x/requests');
  assert.equal(renderAlert(alert({ kind: 'REQUEST_CREATED', nodeId: null, node: null }), 'EN', 'https://x').link, 'https://x/admin');
  assert.equal(renderAlert(alert({ kind: 'SYSTEM_UPSTREAM_DOWN', nodeId: null, node: null }), 'RU', '').link, '/admin');
  assert.equal(ngonkaText('12500000000'), '12.5');
  assert.equal(ngonkaText('0'), '0');
  assert.equal(gnkToNgonka('12.500000000'), '12500000000');
  assert.equal(gnkToNgonka('0.000000001'), '1');
});

test('a one-shot alert acknowledged (and so resolved) keeps its notice text', () => {
  const zero = alert({ kind: 'EPOCH_ZERO_REWARD', params: { epoch: 9, verdict: 'ZERO_DOWNTIME', verdictReason: 'paid 0: 50 of 100 requests missed' } });
  assert.ok(!STATEFUL_ALERT_KINDS.has('EPOCH_ZERO_REWARD'));
  const acked = renderAlert({ ...zero, state: 'RESOLVED', acknowledgedAt: new Date() }, 'EN', '');
  assert.equal(acked.title, 'rig-1: epoch 9 paid 0');
  assert.equal(acked.message, 'Epoch 9 settled with no reward for rig-1 (ZERO_DOWNTIME): paid 0: 50 of 100 requests missed.');
});
