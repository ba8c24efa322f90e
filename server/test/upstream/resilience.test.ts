import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GonkaNodeClient, UpstreamRateLimitedError, UpstreamRejectedError } from '../../src/upstream/index.js';
import { sequence } from './helpers/fake-upstream.js';
import { expectUnavailable, ok, STATUS, useFakeUpstreams } from './helpers/fake-servers.js';
import { recordEvents, testOptions } from './helpers/test-options.js';

/** Retries, timeouts, failover, single-flight, rotation: asserted by what the fake servers actually received. */
describe('upstream resilience', () => {
  const { server, started } = useFakeUpstreams();
  it('retries a 500 at most 3 times in total, then reports the upstream unavailable', async () => {
    const node = await server({ [STATUS]: { status: 500 } });
    const client = new GonkaNodeClient([node.url], testOptions());
    await assert.rejects(client.chainStatus(), expectUnavailable('http_5xx'));
    assert.equal(node.hits(STATUS), 3);
  });

  it('recovers when a retry succeeds', async () => {
    const node = await server({ [STATUS]: sequence({ status: 503 }, ok()) });
    const status = await new GonkaNodeClient([node.url], testOptions()).chainStatus();
    assert.equal(status.latestBlockHeight, 1634323);
    assert.equal(node.hits(STATUS), 2);
  });

  it('honours maxAttempts = 1 (no retry)', async () => {
    const node = await server({ [STATUS]: { status: 500 } });
    await assert.rejects(new GonkaNodeClient([node.url], testOptions({ maxAttempts: 1 })).chainStatus(), expectUnavailable('http_5xx'));
    assert.equal(node.hits(STATUS), 1);
  });

  it('maps 429 to UpstreamRateLimitedError carrying Retry-After', async () => {
    const node = await server({ [STATUS]: { status: 429, headers: { 'retry-after': '30' } } });
    await assert.rejects(new GonkaNodeClient([node.url], testOptions()).chainStatus(), (e: unknown) => {
      assert.ok(e instanceof UpstreamRateLimitedError);
      assert.equal(e.code, 'UPSTREAM_RATE_LIMITED');
      assert.equal(e.retryAfterMs, 30_000);
      return true;
    });
    assert.ok(node.hits(STATUS) <= 3);
  });

  it('does not retry other 4xx', async () => {
    const node = await server({ [STATUS]: { status: 400 } });
    await assert.rejects(new GonkaNodeClient([node.url], testOptions()).chainStatus(), UpstreamRejectedError);
    assert.equal(node.hits(STATUS), 1);
  });

  it('times out a hanging host within the configured timeout and fails over to the second URL', async () => {
    const hanging = await server({ [STATUS]: { hang: true } });
    const healthy = await server({ [STATUS]: ok() });
    const { events, onRequest } = recordEvents();
    const client = new GonkaNodeClient([hanging.url, healthy.url], testOptions({ timeoutMs: 200, onRequest }));
    const t0 = performance.now();
    const status = await client.chainStatus();
    const elapsed = performance.now() - t0;
    assert.equal(status.latestBlockHeight, 1634323);
    assert.equal(hanging.hits(STATUS), 1);
    assert.equal(healthy.hits(STATUS), 1);
    assert.ok(elapsed >= 190 && elapsed < 600, `took ${elapsed} ms`);
    assert.deepEqual(
      events.map((e) => [e.host, e.outcome, e.route]),
      [
        [hanging.url, 'timeout', 'GET /chain-rpc/status'],
        [healthy.url, 'success', 'GET /chain-rpc/status'],
      ],
    );
    assert.ok(events[0].durationMs >= 190 && events[0].durationMs < 400);
  });

  it('reports a timeout when the only host hangs', async () => {
    const hanging = await server({ [STATUS]: { hang: true } });
    const client = new GonkaNodeClient([hanging.url], testOptions({ timeoutMs: 150, maxAttempts: 1 }));
    const t0 = performance.now();
    await assert.rejects(client.chainStatus(), expectUnavailable('timeout'));
    assert.ok(performance.now() - t0 < 400);
  });

  it('reports all hosts failed when every host errors', async () => {
    const a = await server({ [STATUS]: { status: 502 } });
    const b = await server({ [STATUS]: { status: 500 } });
    await assert.rejects(new GonkaNodeClient([a.url, b.url], testOptions()).chainStatus(), expectUnavailable('all_hosts_failed'));
    assert.equal(a.hits(STATUS) + b.hits(STATUS), 3);
  });

  it('maps a refused connection to unavailable (network)', async () => {
    const gone = await server();
    const url = gone.url;
    await gone.close();
    started.splice(started.indexOf(gone), 1);
    await assert.rejects(new GonkaNodeClient([url], testOptions({ maxAttempts: 1 })).chainStatus(), expectUnavailable('network'));
  });

  it('single-flight: 50 concurrent identical calls make one request', async () => {
    const node = await server({ [STATUS]: { delayMs: 100, then: ok() } });
    const client = new GonkaNodeClient([node.url], testOptions());
    const results = await Promise.all(Array.from({ length: 50 }, () => client.chainStatus()));
    assert.equal(node.hits(STATUS), 1);
    assert.ok(results.every((r) => r.latestBlockHeight === 1634323));
    await client.chainStatus();
    assert.equal(node.hits(STATUS), 2, 'nothing is cached once the call settled');
  });

  it('single-flight shares failures too, and keeps different paths apart', async () => {
    const node = await server({
      '/v1/epochs/1/participants': { delayMs: 50, then: { status: 404 } },
      '/v1/epochs/2/participants': { delayMs: 50, then: { status: 404 } },
    });
    const client = new GonkaNodeClient([node.url], testOptions());
    const calls = [1, 1, 1, 2, 2].map((n) => client.epochParticipants(n).catch((e: Error) => e.name));
    assert.deepEqual(await Promise.all(calls), Array(5).fill('UpstreamNotFoundError'));
    assert.equal(node.hits('/v1/epochs/1/participants'), 1);
    assert.equal(node.hits('/v1/epochs/2/participants'), 1);
  });

  it('rotation spreads calls across node URLs', async () => {
    const a = await server({ [STATUS]: ok() });
    const b = await server({ [STATUS]: ok() });
    const client = new GonkaNodeClient([a.url, b.url], testOptions());
    for (let i = 0; i < 10; i++) await client.chainStatus();
    assert.equal(a.hits(STATUS), 5);
    assert.equal(b.hits(STATUS), 5);
  });

  it('rejects options outside the allowed ranges at construction', () => {
    assert.throws(() => new GonkaNodeClient(['http://127.0.0.1:1'], testOptions({ timeoutMs: 5000 })), RangeError);
    assert.throws(() => new GonkaNodeClient(['http://127.0.0.1:1'], testOptions({ maxAttempts: 4 })), RangeError);
    assert.throws(() => new GonkaNodeClient([], testOptions()), RangeError);
    assert.throws(() => new GonkaNodeClient(['ftp://x'], testOptions()), RangeError);
  });
});
