import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ADMIN_EMAIL, ADMIN_ENV, AUTH_FIELDS, code, loginAdmin } from '../../helpers/accounts.js';
import pino from 'pino';
import { startApp } from '../../../src/bootstrap.js';
import { AppConfig } from '../../../src/config/app-config.js';
import { gqlRequest, startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createTestDatabase, withClient } from '../../helpers/test-db.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const CLI = resolve(__dirname, '../../../src/cli/create-admin.js');

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (c) => res({ code: c, out }));
  });
}

let app: TestApp;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
});
after(() => app.close());

test('ADMIN_EMAIL/ADMIN_PASSWORD create the first admin at start', async () => {
  const admin = await loginAdmin(app);
  assert.equal(admin.user.email, ADMIN_EMAIL);
  assert.equal(admin.user.role, 'ADMIN');
});

test('the bootstrap admin is created once, never duplicated or re-passworded by a restart', async () => {
  // A second instance on the same database, as after a restart.
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: app.db.url,
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    ...ADMIN_ENV,
    ADMIN_PASSWORD: 'another-password-xyz',
  });
  const again = await startApp(config, pino({ level: 'silent' }), { port: 0 });
  try {
    assert.equal(code(await gqlRequest(again.url, LOGIN, { input: { email: ADMIN_EMAIL, password: 'another-password-xyz' } })), 'UNAUTHENTICATED');
    const admins = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin'`));
    assert.equal(admins.rows[0].n, 1);
  } finally {
    await again.close();
  }
});

test('create-admin CLI creates an admin, promotes an existing account, and rejects bad arguments', async () => {
  const db = await createTestDatabase();
  try {
    const env = { DATABASE_URL: db.url, LOG_LEVEL: 'silent' };
    const created = await runCli(['Ops@Example.com', 'ops-password-123'], env);
    assert.equal(created.code, 0, created.out);
    assert.match(created.out, /created admin ops@example\.com/);
    await withClient(db.url, async (c) => {
      const { rows } = await c.query(`INSERT INTO users (email, password_hash) VALUES ('cust@example.com', 'x') RETURNING id`);
      await c.query(
        `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, gen_random_uuid(), repeat('a', 64), now() + interval '1 day')`,
        [rows[0].id],
      );
    });
    const promoted = await runCli(['cust@example.com', 'cust-password-123'], env);
    assert.equal(promoted.code, 0, promoted.out);
    assert.match(promoted.out, /cust@example\.com is now an admin \(password updated, its sessions signed out\)/);
    const live = await withClient(db.url, (c) => c.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE revoked_at IS NULL`));
    assert.equal(live.rows[0].n, 0, 'the new password signs out the existing sessions');
    const roles = await withClient(db.url, (c) => c.query(`SELECT email, role FROM users ORDER BY email`));
    assert.deepEqual(roles.rows, [
      { email: 'cust@example.com', role: 'admin' },
      { email: 'ops@example.com', role: 'admin' },
    ]);
    const bad = await runCli(['not-an-email', 'short'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.out, /not a valid email/);
    assert.equal((await runCli([], env)).code, 2);
  } finally {
    await db.drop();
  }
});
