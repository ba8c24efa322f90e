import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JwtService } from '@nestjs/jwt';
import { code, login, register, registerCustomer, AUTH_FIELDS } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';
const ME = '{ me { id email role currencyPreference notificationPreferences { nodeDown earningsDrop requestUpdates } } }';
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`;

let app: TestApp;
before(async () => {
  app = await startTestApp({ JWT_SECRET, ACCESS_TOKEN_TTL_SECONDS: '300' });
});
after(() => app.close());

describe('register, login, me', () => {
  test('register returns tokens and the account; me answers with the access token', async () => {
    const session = await registerCustomer(app, '  Alice@Example.COM ');
    assert.equal(session.user.email, 'alice@example.com');
    assert.equal(session.user.role, 'USER');
    assert.match(session.refreshToken, /^[\w-]{43}$/);
    const me = await app.gql(ME, {}, session.accessToken);
    assert.deepEqual(me.data.me, {
      id: session.user.id,
      email: 'alice@example.com',
      role: 'USER',
      currencyPreference: 'USD',
      notificationPreferences: { nodeDown: true, earningsDrop: true, requestUpdates: true },
    });
  });

  test('password is stored as an argon2id hash, refresh tokens as sha256', async () => {
    await withClient(app.db.url, async (c) => {
      const user = await c.query(`SELECT password_hash FROM users WHERE email = 'alice@example.com'`);
      assert.match(user.rows[0].password_hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
      const tokens = await c.query(`SELECT token_hash FROM refresh_tokens`);
      for (const row of tokens.rows) assert.match(row.token_hash, /^[0-9a-f]{64}$/);
    });
  });

  test('login is case-insensitive on email; wrong password and unknown email give the same error', async () => {
    const ok = await login(app, 'ALICE@example.com', 'customer-password-1');
    assert.equal(ok.data.login.user.email, 'alice@example.com');
    const wrong = await login(app, 'alice@example.com', 'not-the-password');
    const unknown = await login(app, 'nobody@example.com', 'not-the-password');
    assert.equal(code(wrong), 'UNAUTHENTICATED');
    assert.equal(code(unknown), 'UNAUTHENTICATED');
    assert.equal(wrong.errors![0].message, unknown.errors![0].message);
    assert.equal(wrong.data, null);
  });

  test('duplicate email is CONFLICT (whatever its case)', async () => {
    const res = await register(app, 'ALICE@example.com');
    assert.equal(code(res), 'CONFLICT');
    assert.equal(res.errors![0].extensions!.field, 'input.email');
  });

  test('validation errors name the field', async () => {
    const badEmail = await register(app, 'not-an-email');
    assert.equal(code(badEmail), 'BAD_USER_INPUT');
    assert.equal(badEmail.errors![0].extensions!.field, 'input.email');
    assert.match(badEmail.errors![0].message, /^input\.email must be a valid email address/);

    const short = await register(app, 'bob@example.com', 'short');
    assert.equal(code(short), 'BAD_USER_INPUT');
    assert.equal(short.errors![0].extensions!.field, 'input.password');
    assert.match(short.errors![0].message, /at least 10 characters/);

    const long = await register(app, 'bob@example.com', 'x'.repeat(129));
    assert.equal(long.errors![0].extensions!.field, 'input.password');

    const hugeEmail = await register(app, `${'a'.repeat(250)}@example.com`);
    assert.equal(hugeEmail.errors![0].extensions!.field, 'input.email');
  });
});

describe('tokens', () => {
  test('refresh rotates: the new pair works, the old refresh token does not', async () => {
    const s = await registerCustomer(app, 'rotate@example.com');
    const first = await app.gql(REFRESH, { t: s.refreshToken });
    assert.equal(first.errors, undefined);
    const next = first.data.refreshToken;
    assert.notEqual(next.refreshToken, s.refreshToken);
    assert.equal((await app.gql(ME, {}, next.accessToken)).data.me.email, 'rotate@example.com');
    const again = await app.gql(REFRESH, { t: next.refreshToken });
    assert.equal(again.errors, undefined);
  });

  test('reusing a used refresh token revokes the whole family, newest token included', async () => {
    const s = await registerCustomer(app, 'reuse@example.com');
    const r1 = (await app.gql(REFRESH, { t: s.refreshToken })).data.refreshToken;
    const r2 = (await app.gql(REFRESH, { t: r1.refreshToken })).data.refreshToken;
    const reuse = await app.gql(REFRESH, { t: s.refreshToken });
    assert.equal(code(reuse), 'UNAUTHENTICATED');
    const newest = await app.gql(REFRESH, { t: r2.refreshToken });
    assert.equal(code(newest), 'UNAUTHENTICATED');
    // Another sign-in of the same user is a different family and keeps working.
    const other = (await login(app, 'reuse@example.com', 'customer-password-1')).data.login;
    assert.equal((await app.gql(REFRESH, { t: other.refreshToken })).errors, undefined);
  });

  test('concurrent use of one refresh token: at most one wins, and the family ends', async () => {
    const s = await registerCustomer(app, 'race@example.com');
    const results = await Promise.all([1, 2, 3].map(() => app.gql(REFRESH, { t: s.refreshToken })));
    const winners = results.filter((r) => !r.errors);
    assert.ok(winners.length <= 1);
    for (const w of winners) assert.equal(code(await app.gql(REFRESH, { t: w.data.refreshToken.refreshToken })), 'UNAUTHENTICATED');
  });

  test('unknown, garbage and expired refresh tokens are UNAUTHENTICATED', async () => {
    assert.equal(code(await app.gql(REFRESH, { t: 'x'.repeat(43) })), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(REFRESH, { t: 'x'.repeat(5000) })), 'UNAUTHENTICATED');
    const s = await registerCustomer(app, 'expired-refresh@example.com');
    await withClient(app.db.url, (c) => c.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [s.user.id]));
    assert.equal(code(await app.gql(REFRESH, { t: s.refreshToken })), 'UNAUTHENTICATED');
  });

  test('logout ends the session: its refresh token stops working', async () => {
    const s = await registerCustomer(app, 'logout@example.com');
    const out = await app.gql(`mutation ($t: String) { logout(refreshToken: $t) }`, { t: s.refreshToken });
    assert.equal(out.data.logout, true);
    assert.equal(code(await app.gql(REFRESH, { t: s.refreshToken })), 'UNAUTHENTICATED');
  });

  test('missing, malformed, forged and expired access tokens are UNAUTHENTICATED', async () => {
    const s = await registerCustomer(app, 'tokens@example.com');
    assert.equal(code(await app.gql(ME)), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(ME, {}, 'not.a.jwt')), 'UNAUTHENTICATED');
    const claims = { sub: s.user.id, email: s.user.email, role: 'admin', sid: '00000000-0000-0000-0000-000000000000' };
    const forged = new JwtService({ secret: 'another-secret-another-secret-another-secret' }).sign(claims, { issuer: 'minegnk', audience: 'minegnk-api' });
    assert.equal(code(await app.gql(ME, {}, forged)), 'UNAUTHENTICATED');
    const signer = new JwtService({ secret: JWT_SECRET });
    const expired = signer.sign({ ...claims, role: 'user', exp: Math.floor(Date.now() / 1000) - 10 }, { issuer: 'minegnk', audience: 'minegnk-api' });
    const res = await app.gql(ME, {}, expired);
    assert.equal(code(res), 'UNAUTHENTICATED');
    assert.match(res.errors![0].message, /expired/);
    const noneAlg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    assert.equal(code(await app.gql(ME, {}, noneAlg)), 'UNAUTHENTICATED');
  });

  test('a public operation still works with a stale token in the header', async () => {
    const res = await app.gql('{ serverInfo { name } }', {}, 'stale.token.here');
    assert.equal(res.data.serverInfo.name, 'MineGNK');
  });

  test('changePassword: wrong current password is refused; success signs out other sessions only', async () => {
    const a = await registerCustomer(app, 'change@example.com');
    const b = (await login(app, 'change@example.com', 'customer-password-1')).data.login;
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await app.gql(CHANGE, { input: { currentPassword: 'nope-nope-nope', newPassword: 'brand-new-password' } }, a.accessToken);
    assert.equal(code(wrong), 'BAD_USER_INPUT');
    assert.equal(wrong.errors![0].extensions!.field, 'input.currentPassword');
    const short = await app.gql(CHANGE, { input: { currentPassword: 'customer-password-1', newPassword: 'short' } }, a.accessToken);
    assert.equal(short.errors![0].extensions!.field, 'input.newPassword');
    const ok = await app.gql(CHANGE, { input: { currentPassword: 'customer-password-1', newPassword: 'brand-new-password' } }, a.accessToken);
    assert.equal(ok.data.changePassword, true);
    assert.equal(code(await app.gql(REFRESH, { t: b.refreshToken })), 'UNAUTHENTICATED');
    assert.equal((await app.gql(REFRESH, { t: a.refreshToken })).errors, undefined);
    assert.equal(code(await login(app, 'change@example.com', 'customer-password-1')), 'UNAUTHENTICATED');
    assert.equal((await login(app, 'change@example.com', 'brand-new-password')).errors, undefined);
    assert.equal(code(await app.gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'brand-new-password' } })), 'UNAUTHENTICATED');
  });
});
