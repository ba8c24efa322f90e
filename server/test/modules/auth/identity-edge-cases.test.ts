import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JwtService } from '@nestjs/jwt';
import { code, login, register, registerCustomer } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const JWT_SECRET = 'identity-secret-identity-secret-0123456789';
const ME = '{ me { id email } }';
const SIGN_OPTIONS = { issuer: 'minegnk', audience: 'minegnk-api' };

let app: TestApp;
before(async () => {
  app = await startTestApp({ JWT_SECRET });
});
after(() => app.close());

describe('emails are unique after Unicode normalization (NFKC, lower case, trimmed)', () => {
  test('a full-width look-alike of a registered email is CONFLICT, and signs in to the same account', async () => {
    const plain = await registerCustomer(app, 'admin@example.com');
    const fullWidth = await register(app, 'ａｄｍｉｎ@example.com');
    assert.equal(code(fullWidth), 'CONFLICT', JSON.stringify(fullWidth.errors));
    const signedIn = await login(app, ' ＡＤＭＩＮ@ＥＸＡＭＰＬＥ.ＣＯＭ ', 'customer-password-1');
    assert.equal(signedIn.errors, undefined, JSON.stringify(signedIn.errors));
    assert.equal(signedIn.data.login.user.id, plain.user.id);
  });

  test('an email registered in full-width is stored normalized', async () => {
    const s = await registerCustomer(app, 'Ｂｏｂ@Example.com');
    assert.equal(s.user.email, 'bob@example.com');
    const rows = await withClient(app.db.url, (c) => c.query(`SELECT email FROM users WHERE id = $1`, [s.user.id]));
    assert.equal(rows.rows[0].email, 'bob@example.com');
    assert.equal(code(await register(app, 'bob@example.com')), 'CONFLICT');
  });
});

describe('access tokens must carry exp', () => {
  async function claimsOf(email: string) {
    const s = await registerCustomer(app, email);
    const { sub, sid, role } = JSON.parse(Buffer.from(s.accessToken.split('.')[1], 'base64url').toString());
    return { sub, sid, role, email: s.user.email };
  }

  test('a token signed with the right secret but no exp is UNAUTHENTICATED', async () => {
    const claims = await claimsOf('no-exp@example.com');
    const noExp = new JwtService({ secret: JWT_SECRET }).sign(claims, SIGN_OPTIONS);
    assert.equal(JSON.parse(Buffer.from(noExp.split('.')[1], 'base64url').toString()).exp, undefined);
    const res = await app.gql(ME, {}, noExp);
    assert.equal(code(res), 'UNAUTHENTICATED', JSON.stringify(res));
  });

  test('the same claims with an exp are accepted (the refusal above is about exp only)', async () => {
    const claims = await claimsOf('with-exp@example.com');
    const withExp = new JwtService({ secret: JWT_SECRET }).sign(claims, { ...SIGN_OPTIONS, expiresIn: 60 });
    const res = await app.gql(ME, {}, withExp);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.me.email, 'with-exp@example.com');
  });
});
