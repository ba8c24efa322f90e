import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient } from '../../src/upstream/index.js';
import { FakeUpstream } from './helpers/fake-upstream.js';
import { recordEvents, testOptions } from './helpers/test-options.js';

describe('GonkaNodeClient.hostHealth', () => {
  let host: FakeUpstream;
  const { events, onRequest } = recordEvents();
  const client = new GonkaNodeClient(['http://127.0.0.1:1'], { ...testOptions({ onRequest }), healthTimeoutMs: 150 });

  before(async () => {
    host = await FakeUpstream.start({
      '/health': { json: { status: 'ok' } },
      '/sub/health': { json: {} },
      '/broken/health': { status: 503 },
      '/slow/health': { hang: true },
      '/moved/health': { status: 302, headers: { location: '/health' } },
    });
  });
  after(() => host.close());

  it('is true on 200', async () => {
    assert.equal(await client.hostHealth(host.url), true);
    assert.equal(await client.hostHealth(`${host.url}/sub/`), true);
    assert.equal(host.hits('/sub/health'), 1);
  });

  it('is false on 5xx, on a redirect, and on 404', async () => {
    assert.equal(await client.hostHealth(`${host.url}/broken`), false);
    assert.equal(await client.hostHealth(`${host.url}/moved`), false);
    assert.equal(await client.hostHealth(`${host.url}/nowhere`), false);
    assert.equal(host.hits('/health'), 1, 'the redirect was not followed');
  });

  it('is false after the short timeout when the host hangs, without retrying', async () => {
    const t0 = performance.now();
    assert.equal(await client.hostHealth(`${host.url}/slow`), false);
    assert.ok(performance.now() - t0 < 400);
    assert.equal(host.hits('/slow/health'), 1);
    assert.equal(events.at(-1)?.outcome, 'timeout');
  });

  it('is false for unreachable or malformed URLs', async () => {
    assert.equal(await client.hostHealth('http://127.0.0.1:1'), false);
    assert.equal(await client.hostHealth('not a url'), false);
    assert.equal(await client.hostHealth('file:///etc/passwd'), false);
  });
});
