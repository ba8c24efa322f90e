/**
 * API tokens at the edges: the per-token rate limit (RATE_LIMITED with retry-after, at exactly the
 * configured count, per token), graphql-ws sockets admitted with an API token and closed when it is
 * revoked, and the secret never written to a log line.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { NodeAssignmentService } from '../../../src/modules/nodes/node-assignment.service.js';
import { SESSION_RECHECK_MS } from '../../../src/graphql/live/live-sockets.js';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { connectLive, LiveEvents } from '../../helpers/live-client.js';
import { captureLog } from '../../helpers/log-capture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createToken, ME, REVOKE, setExpiresAt } from './api-token-helpers.js';

const LIMIT = 12;
const DASHBOARD = 'subscription { dashboardChanged { reason at } }';
const log = captureLog('debug');
let app: TestApp;
let alice: Session;
const secrets: string[] = [];

before(async () => {
  app = await startTestApp({ API_TOKEN_RATE_LIMIT_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'debug' }, { logger: log.logger });
  alice = await registerCustomer(app, 'alice-limits@example.com');
});
after(() => app.close());

test('the rate limit hits at the configured count per token: RATE_LIMITED with retryAfterSeconds and Retry-After', async () => {
  const first = await createToken(app, alice, { name: 'busy', scope: 'READ' });
  const second = await createToken(app, alice, { name: 'quiet', scope: 'READ' });
  secrets.push(first.token, second.token);
  for (let i = 0; i < LIMIT; i++) {
    const ok = await app.gql(ME, {}, first.token);
    assert.equal(ok.errors, undefined, `request ${i + 1}: ${JSON.stringify(ok.errors)}`);
  }
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${first.token}` },
    body: JSON.stringify({ query: ME }),
  });
  assert.equal(res.status, 429);
  const retryAfter = Number(res.headers.get('retry-after'));
  assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  assert.equal(body.errors[0].extensions.code, 'RATE_LIMITED');
  assert.equal(body.errors[0].extensions.retryAfterSeconds, retryAfter);
  assert.equal(body.errors[0].extensions.limit, LIMIT);
  assert.equal(body.errors[0].message.includes(first.token), false);
  // The socket counts against the same window: refused with 4429.
  const live = connectLive(app, { token: first.token });
  const refused = await live.closed;
  assert.equal(refused.code, 4429, refused.reason);
  assert.equal(refused.reason.includes(first.token), false);
  // Another token of the same account has its own window; the owner's session is not limited.
  assert.equal((await app.gql(ME, {}, second.token)).data.me.id, alice.user.id);
  assert.equal((await app.gql(ME, {}, alice.accessToken)).data.me.id, alice.user.id);
});

test('an API token opens a graphql-ws socket, receives events, and the socket closes (4403) once the token is revoked', async () => {
  const created = await createToken(app, alice, { name: 'live', scope: 'READ' });
  secrets.push(created.token);
  const live = connectLive(app, { authorization: `Bearer ${created.token}` });
  await live.connected;
  const board = new LiveEvents(live.client, DASHBOARD);
  await sleep(200);
  const address: string = ((await (await fetch(`${app.running.upstreams.simulator!.url}/v1/epochs/current/participants`)).json()) as any).active_participants
    .participants[0].index;
  const admin = { id: alice.user.id, email: alice.user.email, role: 'admin' as const };
  await app.running.app.get(NodeAssignmentService).assign(admin, { identifier: address, identifierType: 'wallet', userId: alice.user.id } as never);
  assert.equal((await board.next())?.data?.dashboardChanged.reason, 'node-assigned');

  assert.equal((await app.gql(REVOKE, { id: created.apiToken.id }, alice.accessToken)).data.revokeApiToken, true);
  const closed = await Promise.race([live.closed, sleep(SESSION_RECHECK_MS * 3).then(() => ({ code: 0, reason: 'still open' }))]);
  assert.equal(closed.code, 4403, closed.reason);
  assert.match(closed.reason, /API token revoked/);
  const again = connectLive(app, { token: created.token });
  assert.equal((await again.closed).code, 4403);
});

test('an expired API token is refused on the socket (4401) and an open one is closed when it expires', async () => {
  const created = await createToken(app, alice, { name: 'expiring', scope: 'FULL' });
  secrets.push(created.token);
  const live = connectLive(app, { token: created.token });
  await live.connected;
  await setExpiresAt(app, created.apiToken.id, new Date(Date.now() - 1000));
  const closed = await Promise.race([live.closed, sleep(SESSION_RECHECK_MS * 3).then(() => ({ code: 0, reason: 'still open' }))]);
  assert.equal(closed.code, 4403, closed.reason);
  const again = connectLive(app, { token: created.token });
  const refused = await again.closed;
  assert.equal(refused.code, 4401, refused.reason);
  assert.equal(code(await app.gql(ME, {}, created.token)), 'UNAUTHENTICATED');
});

test('no log line ever contains a token secret', async () => {
  assert.ok(secrets.length >= 4);
  // A revoked, a rate-limited and a malformed use are logged as requests too.
  await app.gql(ME, {}, `${secrets[0]}x`);
  const text = JSON.stringify(log.lines());
  assert.ok(text.includes('request completed'), 'the capture sees the request log');
  for (const secret of secrets) assert.equal(text.includes(secret.slice(4)), false, 'a secret reached the log');
});
