import assert from 'node:assert/strict';
import { after, afterEach } from 'node:test';
import { UpstreamUnavailableError } from '../../../src/upstream/index.js';
import { FakeUpstream, fixture } from './fake-upstream.js';

export const STATUS = '/chain-rpc/status';
export const LATEST = '/v1/epochs/latest';
export const ok = () => ({ json: fixture('synthetic-chain-rpc-status.json') });

/**
 * Fake upstream servers for one describe block, closed after each test: call inside `describe`.
 * `started` is exposed for tests that stop a server themselves.
 */
export function useFakeUpstreams() {
  const started: FakeUpstream[] = [];
  async function server(routes = {}): Promise<FakeUpstream> {
    const s = await FakeUpstream.start(routes);
    started.push(s);
    return s;
  }
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  after(async () => Promise.all(started.map((s) => s.close())));
  return { server, started };
}

/** assert.rejects matcher: UpstreamUnavailableError with this reason. */
export function expectUnavailable(reason: string) {
  return (e: unknown) => {
    assert.ok(e instanceof UpstreamUnavailableError, `expected UpstreamUnavailableError, got ${String(e)}`);
    assert.equal(e.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(e.reason, reason);
    return true;
  };
}
