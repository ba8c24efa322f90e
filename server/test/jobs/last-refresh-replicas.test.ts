/**
 * Issue #17: behind the balancer an admin's systemStats may be answered by any replica, while the
 * refresh ran on one (pg-boss picks it). The last refresh's report is shared through the cache, so
 * every replica reports the same run. Found by the closing audit: it was the answering process's own
 * report, null on a replica that had not run one. Without REDIS_URL there is nothing to share.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { registerAdmin, type Session } from '../helpers/accounts.js';
import { startReplicas } from '../helpers/replicas.js';
import type { TestApp } from '../helpers/test-app.js';

let replicas: Awaited<ReturnType<typeof startReplicas>>;
let admin: Session;
const STATS = `{ systemStats { lastRefresh { at ok trackedNodes statusChanges earningsRows error } } }`;

before(async () => {
  replicas = await startReplicas();
  admin = await registerAdmin(replicas.a, 'stats-admin@example.com');
});
after(() => replicas?.close());

async function lastRefreshOn(app: TestApp) {
  const res = await app.gql(STATS, {}, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.systemStats.lastRefresh;
}

test(
  process.env.REDIS_URL ? 'systemStats.lastRefresh on replica B is the run replica A made' : 'without REDIS_URL each replica reports its own runs',
  async () => {
    const report = await replicas.a.running.app.get(RefresherService).refreshNow();
    assert.equal(replicas.b.running.app.get(RefresherService).lastReport, undefined, 'B did not run a refresh itself');
    const onA = await lastRefreshOn(replicas.a);
    assert.equal(onA.ok, true);
    assert.equal(new Date(onA.at).getTime(), report.at.getTime());
    const onB = await lastRefreshOn(replicas.b);
    if (!process.env.REDIS_URL) return assert.equal(onB, null);
    assert.deepEqual(onB, onA);

    // A later run on B replaces it on A too: the newest report wins whichever replica wrote it.
    await new Promise((r) => setTimeout(r, 5));
    const second = await replicas.b.running.app.get(RefresherService).refreshNow();
    const nowOnA = await lastRefreshOn(replicas.a);
    assert.equal(new Date(nowOnA.at).getTime(), second.at.getTime());
  },
);
