/**
 * Two replicas on one Redis (issue #17): when replica A has just refreshed a resource, replica B,
 * whose own memory copy has gone stale, takes A's fresh copy from Redis instead of calling the
 * upstream again. Found by bench/drills/replicas.mjs: with 3 replicas every one of them revalidated
 * the network view on its own, 26 upstream calls per TTL window against a single replica's 14.
 * Without REDIS_URL there is no shared copy, and B fetches itself.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { CachedResourceService } from '../../src/cache/cached-resource.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TTL_MS = 400;
let a: TestApp;
let b: TestApp;

before(async () => {
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CACHE_NAMESPACE: `reval-${randomBytes(4).toString('hex')}` };
  a = await startTestApp(shared);
  b = await startTestApp({ ...shared, DATABASE_URL: a.db.url });
});
after(async () => {
  await b?.close();
  await a?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test(process.env.REDIS_URL
  ? 'a stale read on replica B adopts the copy replica A has just refreshed (no upstream call)'
  : 'without REDIS_URL a stale read on replica B fetches itself', { timeout: 30_000 }, async () => {
  const key = `test:reval:${randomBytes(4).toString('hex')}`;
  const cacheA = a.running.app.get(CachedResourceService);
  const cacheB = b.running.app.get(CachedResourceService);
  const fetches = { a: 0, b: 0 };
  const fetchA = async () => ({ by: 'a', n: ++fetches.a });
  const fetchB = async () => ({ by: 'b', n: ++fetches.b });

  await cacheB.get(key, fetchB, TTL_MS); // B's memory now holds a copy
  await pause(TTL_MS + 100); // …which goes stale
  await cacheA.refresh(key, fetchA); // A refreshes (its periodic job), writing memory and Redis
  await pause(50); // the Redis write is fire-and-forget

  const read = await cacheB.get(key, fetchB, TTL_MS);
  assert.equal(read.stale, true, 'the stale copy is served at once');
  await cacheB.settled(); // the background revalidation
  const next = await cacheB.get(key, fetchB, TTL_MS);
  if (process.env.REDIS_URL) {
    assert.equal(fetches.b, 1, 'B did not call the upstream again');
    assert.deepEqual(next.value, { by: 'a', n: 1 });
    assert.equal(next.stale, false);
  } else {
    assert.equal(fetches.b, 2);
    assert.deepEqual(next.value, { by: 'b', n: 2 });
  }
});

test('a resource a periodic job refreshes is left to that job for half a TTL past its TTL, then readers revalidate it', { timeout: 30_000 }, async () => {
  const key = `test:periodic:${randomBytes(4).toString('hex')}`;
  const cache = b.running.app.get(CachedResourceService);
  let fetches = 0;
  const fetch = async () => ++fetches;
  await cache.get(key, fetch, TTL_MS, { periodic: true });
  await pause(TTL_MS * 1.2); // stale, but the job's next run may simply not have started yet
  const late = await cache.get(key, fetch, TTL_MS, { periodic: true });
  await cache.settled();
  assert.equal(late.stale, true, 'still reported stale to clients');
  assert.equal(fetches, 1, 'readers left it to the job');
  await pause(TTL_MS * 0.4); // past TTL × 1.5: the job is late, readers take over
  await cache.get(key, fetch, TTL_MS, { periodic: true });
  await cache.settled();
  assert.equal(fetches, 2);
});
