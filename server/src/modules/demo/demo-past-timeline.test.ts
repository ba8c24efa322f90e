import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NodeLiveStats } from '../../network/network-view.types.js';
import { NodeStatus } from '../../network/node-status.js';
import { pastTimeline } from './demo-past-timeline.js';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const seen = (status: NodeStatus, statusRule: string, statusReason: string) =>
  ({ status, statusRule, statusReason, statusDetails: {}, tokensPerSec: 1000 }) as unknown as NodeLiveStats;
const healthy = seen(NodeStatus.HEALTHY, 'ALL_CHECKS_PASSED', 'all checks passed');
const jailed = seen(NodeStatus.JAILED, 'VALIDATOR_JAILED', 'validator jailed');

describe('pastTimeline', () => {
  it('the first epoch is a first observation; then one event where a day’s status differs, at that day’s start', () => {
    const events = pastTimeline([
      { startedAt: day(1), verdict: healthy },
      { startedAt: day(2), verdict: healthy },
      { startedAt: day(3), verdict: jailed },
      { startedAt: day(4), verdict: healthy },
    ]);
    assert.deepEqual(
      events.map((e) => [e.at.getUTCDate(), e.oldStatus, e.newStatus, e.rule]),
      [
        [1, null, 'HEALTHY', 'ALL_CHECKS_PASSED'],
        [3, 'HEALTHY', 'JAILED', 'VALIDATOR_JAILED'],
        [4, 'JAILED', 'HEALTHY', 'ALL_CHECKS_PASSED'],
      ],
    );
  });

  it('a day the node is not in the epoch is OFFLINE by the refresh’s own rule', () => {
    const [, off] = pastTimeline([
      { startedAt: day(1), verdict: healthy },
      { startedAt: day(2), verdict: undefined },
    ]);
    assert.deepEqual([off.newStatus, off.rule, off.details], ['OFFLINE', 'NOT_IN_CURRENT_EPOCH', {}]);
  });
});
