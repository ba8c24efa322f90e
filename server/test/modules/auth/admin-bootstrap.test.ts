import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { startApp } from '../../../src/bootstrap.js';
import { AppConfig } from '../../../src/config/app-config.js';
import { DEMO_ACCOUNTS } from '../../../src/modules/demo/demo-seed.service.js';
import { AUTH_FIELDS, code } from '../../helpers/accounts.js';
import { gqlRequest } from '../../helpers/test-app.js';
import { createTestDatabase, type TestDatabase, withClient } from '../../helpers/test-db.js';

// ADMIN_EMAIL/ADMIN_PASSWORD in demo mode (simulator, demo accounts seeded): NODE_ENV development,
// since the demo seed stays out of NODE_ENV=test apps.
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;

/** Starts the demo-mode app on `db` with `env`, runs `body`, stops it; returns the app's log lines. */
async function withDemoApp(db: TestDatabase, env: Record<string, string>, body: (url: string) => Promise<void> = async () => {}): Promise<string[]> {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const config = new AppConfig({
    NODE_ENV: 'development',
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    CACHE_NAMESPACE: `test-${db.url.split('/').pop()}`,
    ...env,
  });
  const app = await startApp(config, log, { port: 0 });
  try {
    await body(app.url);
  } finally {
    await app.close();
  }
  return lines
    .map((l) => JSON.parse(l) as { level: number; msg: string })
    .filter((l) => l.level >= 30)
    .map((l) => `${l.level === 40 ? 'WARN' : 'INFO'} ${l.msg}`);
}

const signIn = (url: string, email: string, password: string) => gqlRequest<any>(url, LOGIN, { input: { email, password } });

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
  // A first start seeds the demo accounts, so an admin already exists from then on.
  await withDemoApp(db, {});
});
after(() => db.drop());

test('demo mode with an existing demo admin: ADMIN_EMAIL/ADMIN_PASSWORD still create that admin', async () => {
  const logs = await withDemoApp(db, { ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: 'ops-password-123' }, async (url) => {
    const res = await signIn(url, 'ops@example.com', 'ops-password-123');
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.login.user.role, 'ADMIN');
    assert.equal((await signIn(url, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).data.login.user.role, 'ADMIN');
  });
  assert.ok(
    logs.some((l) => /^INFO created admin account ops@example\.com \(ADMIN_EMAIL\)/.test(l)),
    logs.join('\n'),
  );
});

test("an existing admin's password is never changed from ADMIN_PASSWORD; a warning says so", async () => {
  const logs = await withDemoApp(db, { ADMIN_EMAIL: DEMO_ACCOUNTS.admin.email, ADMIN_PASSWORD: 'not-the-demo-password' }, async (url) => {
    assert.equal(code(await signIn(url, DEMO_ACCOUNTS.admin.email, 'not-the-demo-password')), 'UNAUTHENTICATED');
    assert.equal((await signIn(url, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)).data.login.user.role, 'ADMIN');
  });
  assert.ok(
    logs.some((l) => /^WARN ADMIN_EMAIL admin@minegnk\.demo already has an account: its password was NOT changed/.test(l)),
    logs.join('\n'),
  );
});

test('a customer account under ADMIN_EMAIL is neither promoted nor re-passworded unless ADMIN_PASSWORD is its password', async () => {
  await withClient(db.url, (c) => c.query(`DELETE FROM users WHERE email = 'ops@example.com'`));
  await withDemoApp(db, {}, async (url) => {
    const res = await gqlRequest<any>(url, `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`, {
      input: { email: 'ops@example.com', password: 'someone-elses-password' },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  });
  const refused = await withDemoApp(db, { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'ops-password-123' }, async (url) => {
    assert.equal(code(await signIn(url, 'ops@example.com', 'ops-password-123')), 'UNAUTHENTICATED');
    assert.equal((await signIn(url, 'ops@example.com', 'someone-elses-password')).data.login.user.role, 'USER');
  });
  assert.ok(
    refused.some((l) => /^WARN ADMIN_EMAIL ops@example\.com belongs to a customer account.*NOT made an admin.*password was NOT changed/.test(l)),
    refused.join('\n'),
  );
  // Whoever knows the account's password may make it the admin.
  const promoted = await withDemoApp(db, { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'someone-elses-password' }, async (url) => {
    assert.equal((await signIn(url, 'ops@example.com', 'someone-elses-password')).data.login.user.role, 'ADMIN');
  });
  assert.ok(
    promoted.some((l) => /^WARN made the existing account ops@example\.com an admin/.test(l)),
    promoted.join('\n'),
  );
});
