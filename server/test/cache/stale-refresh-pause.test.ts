import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CachedResourceService, STALE_REFRESH_PAUSE_AFTER_FAILURE_MS } from '../../src/cache/cached-resource.service.js';
import { useGonkaTestApp } from '../helpers/gonka-app.js';

const ctx = useGonkaTestApp();

/** Stale reads after a failed refresh: the last good value, and no new attempt until the pause ends. */
test('a failed refresh pauses the background refreshes that stale reads start; misses and explicit refreshes still fetch', async () => {
  const resources = ctx.app.running.app.get(CachedResourceService);
  const key = 'gonka:test:pause';
  let calls = 0;
  let fail = false;
  const fetch = async () => {
    calls++;
    if (fail) throw new Error('upstream down');
    return { n: calls };
  };
  assert.deepEqual((await resources.get(key, fetch)).value, { n: 1 }, 'a miss fetches');
  await ctx.cache.set(key, { n: 1 }, undefined, Date.now() - 3_600_000); // expired
  fail = true;
  const stale = await resources.get(key, fetch);
  assert.equal(stale.stale, true);
  await resources.settled();
  assert.equal(calls, 2, 'the first stale read starts a refresh, which fails');

  for (let i = 0; i < 20; i++) {
    const r = await resources.get(key, fetch);
    assert.deepEqual(r.value, { n: 1 }, 'the last good value');
    assert.equal(r.stale, true);
    await resources.settled();
  }
  assert.equal(calls, 2, `no new attempt within ${STALE_REFRESH_PAUSE_AFTER_FAILURE_MS} ms of the failure`);

  await assert.rejects(resources.refresh(key, fetch), /upstream down/);
  assert.equal(calls, 3, 'an explicit refresh (the refresher) is not held back');

  // Once the pause has passed, a stale read tries again (and succeeds once the upstream is back).
  fail = false;
  const lastFailure = resources.lastErrors.get(key)!;
  resources.lastErrors.set(key, { ...lastFailure, at: new Date(Date.now() - STALE_REFRESH_PAUSE_AFTER_FAILURE_MS - 1) });
  assert.equal((await resources.get(key, fetch)).stale, true);
  await resources.settled();
  assert.equal(calls, 4);
  const fresh = await resources.get(key, fetch);
  assert.equal(fresh.stale, false);
  assert.deepEqual(fresh.value, { n: 4 });
  assert.equal(resources.lastErrors.has(key), false);
});
