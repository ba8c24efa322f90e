import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NodeStatus } from '../../network/node-status.js';
import { statusFromStored, storedStatus } from './node-status.repository.js';

// The spellings the tables' CHECK constraints allow (migrations/1763769600000-InitialSchema.ts).
const STORED = { HEALTHY: 'healthy', UNHEALTHY: 'unhealthy', JAILED: 'jailed', OFFLINE: 'offline' } as const;

describe('stored status spelling', () => {
  it('stores each verdict in the lower case the tables hold', () => {
    for (const [status, stored] of Object.entries(STORED)) assert.equal(storedStatus(status as NodeStatus), stored);
  });

  it('reads each stored spelling back as the enum value', () => {
    assert.equal(statusFromStored('healthy'), NodeStatus.HEALTHY);
    assert.equal(statusFromStored('unhealthy'), NodeStatus.UNHEALTHY);
    assert.equal(statusFromStored('jailed'), NodeStatus.JAILED);
    assert.equal(statusFromStored('offline'), NodeStatus.OFFLINE);
  });

  it('round-trips every status (UNKNOWN is never stored, but a filter may name it)', () => {
    for (const status of Object.values(NodeStatus)) assert.equal(statusFromStored(storedStatus(status)), status);
    assert.equal(storedStatus(NodeStatus.UNKNOWN), 'unknown');
  });
});
