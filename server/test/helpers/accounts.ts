import assert from 'node:assert/strict';
import type { GqlResponse, TestApp } from './test-app.js';
import { withClient } from './test-db.js';

export const ADMIN_EMAIL = 'admin@minegnk.test';
export const ADMIN_PASSWORD = 'admin-password-123';
/** Env for startTestApp that bootstraps an admin account. */
export const ADMIN_ENV = { ADMIN_EMAIL, ADMIN_PASSWORD };

export const AUTH_FIELDS = 'accessToken refreshToken accessTokenExpiresAt user { id email role }';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; role: string };
}

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;

export function register(app: TestApp, email: string, password = 'customer-password-1'): Promise<GqlResponse<any>> {
  return app.gql(REGISTER, { input: { email, password } });
}

export function login(app: TestApp, email: string, password: string): Promise<GqlResponse<any>> {
  return app.gql(LOGIN, { input: { email, password } });
}

/** Registers a customer and returns its session (fails the test on any error). */
export async function registerCustomer(app: TestApp, email: string, password = 'customer-password-1'): Promise<Session> {
  const res = await register(app, email, password);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.register;
}

export async function loginAdmin(app: TestApp): Promise<Session> {
  const res = await login(app, ADMIN_EMAIL, ADMIN_PASSWORD);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.login;
}

/** The first error's extensions.code (undefined when the call succeeded). */
export function code(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/**
 * An admin made directly in the database, for apps where ADMIN_EMAIL bootstrap may not run (it only
 * creates an admin when none exists, and demo mode seeds its own).
 */
export async function registerAdmin(app: TestApp, email: string, password = 'admin-password-123'): Promise<Session> {
  const customer = await registerCustomer(app, email, password);
  await withClient(app.db.url, (c) => c.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [customer.user.id]));
  const res = await login(app, email, password);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.login;
}
