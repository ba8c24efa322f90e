/**
 * Personal API tokens (issue #15) over real HTTP on a real database: created once with the secret
 * shown once, used as `Authorization: Bearer mgk_…`, READ scope refusing mutations, revocation and
 * expiry counted from the next request, ownership, the owner's role followed, bad input named.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { CREATE, createToken, LIST, ME, REVOKE, setExpiresAt } from './api-token-helpers.js';

const UPDATE_PROFILE = 'mutation { updateProfile(input: { displayName: "Bot" }) { id displayName } }';
const USERS = '{ users(first: 1) { totalCount } }';

let app: TestApp;
let alice: Session;
let bob: Session;
before(async () => {
  app = await startTestApp();
  alice = await registerCustomer(app, 'alice-tokens@example.com');
  bob = await registerCustomer(app, 'bob-tokens@example.com');
});
after(() => app.close());

test('a created token works over HTTP as its owner; the secret is shown once and never listed', async () => {
  const created = await createToken(app, alice, { name: '  Grafana  ', scope: 'READ', expiresInDays: 90 });
  assert.match(created.token, /^mgk_[A-Za-z0-9_-]{43}$/);
  assert.equal(created.apiToken.name, 'Grafana');
  assert.equal(created.apiToken.scope, 'READ');
  assert.equal(created.apiToken.prefix, created.token.slice(0, 10));
  assert.equal(created.apiToken.lastUsedAt, null);
  const days = (Date.parse(created.apiToken.expiresAt) - Date.parse(created.apiToken.createdAt)) / 86_400_000;
  assert.ok(Math.abs(days - 90) < 0.01, `expires in ${days} days`);

  const me = await app.gql(ME, {}, created.token);
  assert.equal(me.errors, undefined, JSON.stringify(me.errors));
  assert.deepEqual(me.data.me, { id: alice.user.id, email: alice.user.email, role: 'USER' });

  const list = await app.gql(LIST, {}, alice.accessToken);
  assert.deepEqual(
    list.data.apiTokens.map((t: { id: string }) => t.id),
    [created.apiToken.id],
  );
  assert.ok(list.data.apiTokens[0].lastUsedAt, 'lastUsedAt stamped by the request');
  // The list has no field carrying the secret, and nothing in it contains it.
  assert.equal(JSON.stringify(list).includes(created.token.slice(10)), false);
  const asked = await app.gql(`{ apiTokens { token } }`, {}, alice.accessToken);
  assert.equal(code(asked), 'GRAPHQL_VALIDATION_FAILED');
  // In the database only the hash.
  const rows = await withClient(app.db.url, (c) => c.query(`SELECT * FROM api_tokens WHERE id = $1`, [created.apiToken.id]));
  assert.equal(JSON.stringify(rows.rows).includes(created.token.slice(10)), false);
});

test('a READ token runs queries but every mutation is FORBIDDEN with a clear message; a FULL token runs mutations', async () => {
  const read = await createToken(app, alice, { scope: 'READ' });
  const refused = await app.gql(UPDATE_PROFILE, {}, read.token);
  assert.equal(code(refused), 'FORBIDDEN');
  assert.equal(refused.status, 403);
  assert.match(refused.errors![0].message, /read-only \(scope READ\).*FULL token/);
  assert.equal(refused.data, undefined);
  // Public mutations too.
  assert.equal(code(await app.gql('mutation { logout }', {}, read.token)), 'FORBIDDEN');

  const full = await createToken(app, alice, { scope: 'FULL' });
  const done = await app.gql(UPDATE_PROFILE, {}, full.token);
  assert.equal(done.errors, undefined, JSON.stringify(done.errors));
  assert.equal(done.data.updateProfile.displayName, 'Bot');
});

test('API tokens are managed from a signed-in session only, never with an API token', async () => {
  const full = await createToken(app, alice);
  const mint = await app.gql(CREATE, { input: { name: 'more', scope: 'FULL', expiresInDays: 365 } }, full.token);
  assert.equal(code(mint), 'FORBIDDEN');
  assert.equal(code(await app.gql(REVOKE, { id: full.apiToken.id }, full.token)), 'FORBIDDEN');
});

test('a revoked token is UNAUTHENTICATED on the very next request, and leaves the list', async () => {
  const created = await createToken(app, alice, { name: 'to revoke' });
  assert.equal((await app.gql(ME, {}, created.token)).data.me.id, alice.user.id);
  assert.equal((await app.gql(REVOKE, { id: created.apiToken.id }, alice.accessToken)).data.revokeApiToken, true);
  const res = await app.gql(ME, {}, created.token);
  assert.equal(code(res), 'UNAUTHENTICATED');
  assert.match(res.errors![0].message, /API token was revoked/);
  assert.equal(res.errors![0].message.includes(created.token), false);
  const list = await app.gql(LIST, {}, alice.accessToken);
  assert.equal(
    list.data.apiTokens.some((t: { id: string }) => t.id === created.apiToken.id),
    false,
  );
  // Revoking again is fine (idempotent).
  assert.equal((await app.gql(REVOKE, { id: created.apiToken.id }, alice.accessToken)).data.revokeApiToken, true);
});

test('an expired token is UNAUTHENTICATED (expiry moved in the database, no waiting)', async () => {
  const created = await createToken(app, alice, { name: 'short', expiresInDays: 1 });
  assert.equal((await app.gql(ME, {}, created.token)).data.me.id, alice.user.id);
  await setExpiresAt(app, created.apiToken.id, new Date(Date.now() - 1000));
  const res = await app.gql(ME, {}, created.token);
  assert.equal(code(res), 'UNAUTHENTICATED');
  assert.match(res.errors![0].message, /API token expired/);
});

test('another user cannot revoke your token (NOT_FOUND), and does not see it', async () => {
  const created = await createToken(app, alice, { name: 'mine' });
  const res = await app.gql(REVOKE, { id: created.apiToken.id }, bob.accessToken);
  assert.equal(code(res), 'NOT_FOUND');
  assert.equal((await app.gql(LIST, {}, bob.accessToken)).data.apiTokens.length, 0);
  assert.equal((await app.gql(ME, {}, created.token)).data.me.id, alice.user.id);
  assert.equal(code(await app.gql(REVOKE, { id: 'not-an-id' }, alice.accessToken)), 'BAD_USER_INPUT');
  assert.equal(code(await app.gql(LIST)), 'UNAUTHENTICATED');
});

test('bad input is BAD_USER_INPUT naming the field', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ name: '   ' }, 'input.name'],
    [{ name: 'x'.repeat(65) }, 'input.name'],
    [{ expiresInDays: 0 }, 'input.expiresInDays'],
    [{ expiresInDays: 366 }, 'input.expiresInDays'],
  ];
  for (const [override, field] of cases) {
    const res = await app.gql(CREATE, { input: { name: 'ok', scope: 'READ', expiresInDays: 30, ...override } }, alice.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT', JSON.stringify(override));
    assert.equal(res.errors![0].extensions!.field, field, JSON.stringify(res.errors));
  }
  const malformed = await app.gql(ME, {}, 'mgk_short');
  assert.equal(code(malformed), 'UNAUTHENTICATED');
  assert.match(malformed.errors![0].message, /API token is invalid/);
});

test('a token follows its account: a demoted admin’s token loses admin rights, a deleted account’s token is refused; a password change keeps tokens', async () => {
  const admin = await registerAdmin(app, 'admin-tokens@example.com');
  const created = await createToken(app, admin);
  assert.equal(typeof (await app.gql(USERS, {}, created.token)).data.users.totalCount, 'number');
  await withClient(app.db.url, (c) => c.query(`UPDATE users SET role = 'user' WHERE id = $1`, [admin.user.id]));
  assert.equal(code(await app.gql(USERS, {}, created.token)), 'FORBIDDEN');
  assert.equal((await app.gql(ME, {}, created.token)).data.me.role, 'USER');

  const change = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
  const changed = await app.gql(change, { input: { currentPassword: 'admin-password-123', newPassword: 'another-password-456' } }, admin.accessToken);
  assert.equal(changed.data?.changePassword, true, JSON.stringify(changed.errors));
  assert.equal((await app.gql(ME, {}, created.token)).data.me.id, admin.user.id);

  await withClient(app.db.url, (c) => c.query(`DELETE FROM users WHERE id = $1`, [admin.user.id]));
  assert.equal(code(await app.gql(ME, {}, created.token)), 'UNAUTHENTICATED');
});
