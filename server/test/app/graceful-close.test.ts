/**
 * app.close() as a stopping replica runs it (issue #17): the port closes at once, a request in
 * flight is still answered, live sockets close with 1001 (Going away), and a pg-boss job the
 * stopping instance still holds at the end of SHUTDOWN_GRACE_SECONDS runs to completion on the
 * other instance.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { BossService } from '../../src/jobs/boss.service.js';
import { registerCustomer } from '../helpers/accounts.js';
import { connectLive } from '../helpers/live-client.js';
import { startReplicas } from '../helpers/replicas.js';
import { linkNodes } from '../helpers/seed.js';
import { simFault } from '../helpers/sim.js';
import { startTestApp } from '../helpers/test-app.js';

const JOBS_ROUTE = '/hyperfusion/api/v1/participants/{address}/inferences';
const JOBS_QUERY = 'query ($id: ID!) { node(id: $id) { inferenceJobs(first: 3) { totalCount } } }';

test('closing with a request in flight: it is answered 200, a live socket gets 1001, new connections are refused', { timeout: 60_000 }, async () => {
  const app = await startTestApp({ SHUTDOWN_GRACE_SECONDS: '10' });
  try {
    const alice = await registerCustomer(app, 'closing@example.com');
    const participants = (await (await fetch(`${app.running.upstreams.simulator!.url}/v1/epochs/current/participants`)).json()) as any;
    const [nodeId] = await linkNodes(app, alice.user.id, [participants.active_participants.participants[0].index]);
    const live = connectLive(app, { token: alice.accessToken });
    await live.connected;
    // The tracker answers slowly (within the upstream deadline), so the query is in flight while the app closes.
    await simFault(app, { route: JOBS_ROUTE, kind: 'slow', delayMs: 1500 });
    let answered = false;
    const inFlight = app.gql<any>(JOBS_QUERY, { id: nodeId }, alice.accessToken).finally(() => (answered = true));
    await sleep(300);
    const closing = app.running.close();
    const closed = await Promise.race([live.closed, sleep(5000, undefined, { ref: false }).then(() => ({ code: 0, reason: 'still open' }))]);
    assert.equal(closed.code, 1001, closed.reason);
    await assert.rejects(fetch(`${app.url}/health/live`), 'the port no longer accepts connections');
    assert.equal(answered, false, 'refused while the earlier request is still being served');
    const answer = await inFlight;
    assert.equal(answer.status, 200);
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    assert.equal(typeof answer.data.node.inferenceJobs.totalCount, 'number');
    await closing;
  } finally {
    await app.running.close();
    await app.db.drop();
  }
});

test('a job still running when its instance stops is handed back to pg-boss and completes on the other instance', { timeout: 90_000 }, async () => {
  const { a, b, close } = await startReplicas({ SHUTDOWN_GRACE_SECONDS: '2' });
  const queue = 'graceful-handoff';
  let releaseA!: () => void;
  const heldByA = new Promise<void>((resolve) => (releaseA = resolve));
  try {
    const bossA = a.running.app.get(BossService);
    const bossB = b.running.app.get(BossService);
    const ranOn: string[] = [];
    let startedOnA!: () => void;
    const aHasIt = new Promise<void>((resolve) => (startedOnA = resolve));
    await bossA.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      ranOn.push('a');
      startedOnA();
      await heldByA; // longer than A's grace
      return { retry: false };
    });
    const jobId = await bossA.boss.send(queue, {}, { retryLimit: 2, retryDelay: 1, expireInSeconds: 300 });
    assert.ok(jobId);
    await aHasIt;
    let completedOnB!: () => void;
    const bDone = new Promise<void>((resolve) => (completedOnB = resolve));
    await bossB.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      ranOn.push('b');
      completedOnB();
      return { retry: false };
    });
    const stopping = Date.now();
    await a.running.close();
    // Bounded by A's grace (2 s) plus closing its modules, however long the job would have run.
    const closeMs = Date.now() - stopping;
    assert.ok(closeMs < 7000, `A closed in ${closeMs} ms`);
    await Promise.race([bDone, sleep(20_000, undefined, { ref: false })]);
    assert.deepEqual(ranOn, ['a', 'b']);
    let state: string | undefined;
    for (let i = 0; i < 50 && state !== 'completed'; i++, await sleep(100)) state = (await bossB.boss.getJobById(queue, jobId!))?.state;
    assert.equal(state, 'completed');
  } finally {
    releaseA();
    await close();
  }
});
