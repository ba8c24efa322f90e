import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GonkaNodeClient, UpstreamNotFoundError, UpstreamSchemaError } from '../../src/upstream/index.js';
import { fixture } from './helpers/fake-upstream.js';
import { expectUnavailable, LATEST, ok, STATUS, useFakeUpstreams } from './helpers/fake-servers.js';
import { testOptions } from './helpers/test-options.js';

/** Circuit breakers per host: what opens them, failing fast while open, half-open trials, failover. */
describe('upstream circuit breakers', () => {
  const { server } = useFakeUpstreams();

  it('opens the breaker after N consecutive failures, fails fast, then half-opens and closes', async () => {
    const node = await server({ [STATUS]: { status: 500 } });
    const opts = testOptions({ maxAttempts: 1, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } });
    const client = new GonkaNodeClient([node.url], opts);
    for (let i = 0; i < 3; i++) await assert.rejects(client.chainStatus(), expectUnavailable('http_5xx'));
    assert.equal(node.hits(STATUS), 3);
    assert.deepEqual(client.breakerStates(), { [node.url]: 'open' });

    const t0 = performance.now();
    await assert.rejects(client.chainStatus(), expectUnavailable('breaker_open'));
    await assert.rejects(client.chainStatus(), expectUnavailable('breaker_open'));
    assert.ok(performance.now() - t0 < 50, 'an open breaker fails fast');
    assert.equal(node.hits(STATUS), 3, 'no request reached the host while open');

    node.set(STATUS, ok());
    await new Promise((r) => setTimeout(r, 350));
    assert.equal((await client.chainStatus()).latestBlockHeight, 1634323);
    assert.equal(node.hits(STATUS), 4, 'one trial request after halfOpenAfterMs');
    assert.deepEqual(client.breakerStates(), { [node.url]: 'closed' });
  });

  it('does not count 404 against the breaker', async () => {
    const node = await server({ [STATUS]: { status: 404 }, '/v1/epochs/latest': { status: 404 } });
    const client = new GonkaNodeClient([node.url], testOptions({ breaker: { consecutiveFailures: 2, halfOpenAfterMs: 10_000 } }));
    for (let i = 0; i < 3; i++) {
      await assert.rejects(client.chainStatus(), UpstreamNotFoundError);
      await assert.rejects(client.latestEpoch(), UpstreamNotFoundError);
    }
    assert.deepEqual(client.breakerStates(), { [node.url]: 'closed' });
    assert.equal(node.hits(), 6);
  });

  it('opens the breaker on malformed JSON and off-schema bodies, fails fast, then closes after recovery', async () => {
    const wrongTypes = fixture('v1-epochs-latest-epoch105.json');
    wrongTypes.block_height = { value: wrongTypes.block_height }; // a number sent as an object
    const node = await server({ [STATUS]: { raw: '{"jsonrpc":"2.0","result":{"node_' }, [LATEST]: { json: wrongTypes } });
    const opts = testOptions({ breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } });
    const client = new GonkaNodeClient([node.url], opts);
    await assert.rejects(client.chainStatus(), UpstreamSchemaError);
    await assert.rejects(client.latestEpoch(), UpstreamSchemaError);
    await assert.rejects(client.chainStatus(), UpstreamSchemaError);
    assert.equal(node.hits(), 3, 'a schema error is not retried');
    assert.deepEqual(client.breakerStates(), { [node.url]: 'open' });

    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      await assert.rejects(client.chainStatus(), expectUnavailable('breaker_open'));
      await assert.rejects(client.latestEpoch(), expectUnavailable('breaker_open'));
    }
    assert.ok(performance.now() - t0 < 100, 'an open breaker fails fast');
    assert.equal(node.hits(), 3, 'no request reached the host while open');

    node.set(STATUS, ok());
    node.set(LATEST, { json: fixture('v1-epochs-latest-epoch105.json') });
    await new Promise((r) => setTimeout(r, 350));
    assert.equal((await client.chainStatus()).latestBlockHeight, 1634323);
    assert.equal(node.hits(), 4, 'one trial request after halfOpenAfterMs');
    assert.deepEqual(client.breakerStates(), { [node.url]: 'closed' });
    await client.latestEpoch();
    assert.equal(node.hits(), 5);
  });

  it('a half-open trial answered with garbage opens the breaker again', async () => {
    const node = await server({ [STATUS]: { raw: 'not json' } });
    const client = new GonkaNodeClient([node.url], testOptions({ breaker: { consecutiveFailures: 2, halfOpenAfterMs: 200 } }));
    for (let i = 0; i < 2; i++) await assert.rejects(client.chainStatus(), UpstreamSchemaError);
    assert.deepEqual(client.breakerStates(), { [node.url]: 'open' });
    await new Promise((r) => setTimeout(r, 250));
    await assert.rejects(client.chainStatus(), UpstreamSchemaError);
    assert.equal(node.hits(), 3, 'one trial');
    assert.deepEqual(client.breakerStates(), { [node.url]: 'open' });
    await assert.rejects(client.chainStatus(), expectUnavailable('breaker_open'));
    assert.equal(node.hits(), 3);
  });

  it('a host answering garbage is skipped once its breaker opens; the others serve', async () => {
    const garbage = await server({ [STATUS]: { raw: '<html>502 Bad Gateway</html>' } });
    const healthy = await server({ [STATUS]: ok() });
    const client = new GonkaNodeClient([garbage.url, healthy.url], testOptions({ breaker: { consecutiveFailures: 2, halfOpenAfterMs: 10_000 } }));
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++)
      outcomes.push(
        await client.chainStatus().then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    assert.equal(garbage.hits(STATUS), 2, 'until its breaker opened');
    assert.equal(outcomes.filter((o) => o === 'UpstreamSchemaError').length, 2);
    assert.equal(outcomes.filter((o) => o === 'ok').length, 8);
    assert.deepEqual(client.breakerStates(), { [garbage.url]: 'open', [healthy.url]: 'closed' });
  });

  it('skips a host whose breaker is open and keeps serving from the others', async () => {
    const broken = await server({ [STATUS]: { status: 500 } });
    const healthy = await server({ [STATUS]: ok() });
    const opts = testOptions({ breaker: { consecutiveFailures: 1, halfOpenAfterMs: 10_000 } });
    const client = new GonkaNodeClient([broken.url, healthy.url], opts);
    for (let i = 0; i < 6; i++) await client.chainStatus();
    assert.equal(broken.hits(STATUS), 1, 'only the request that opened the breaker');
    assert.equal(healthy.hits(STATUS), 6);
  });
});
