// Support-request tests: the GraphQL operations they send, the app with two customers and an admin,
// and a request-creating helper that fails the test on any error.
import assert from 'node:assert/strict';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from './accounts.js';
import { startTestApp, type TestApp } from './test-app.js';

// Customers read the assignee's public name only; the account (`assignedTo`) is for admins.
const FIELDS = 'id type gpuType quantity budget network comments status adminNotes user { email } assignee { displayName } createdAt updatedAt';
export const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateSupportRequestInput!) { updateSupportRequest(id: $id, input: $input) { ${FIELDS} assignedTo { email } } }`;
export const ONE = `query ($id: ID!) { supportRequest(id: $id) { ${FIELDS} } }`;
export const MINE = `query ($first: Int, $after: String) { mySupportRequests(first: $first, after: $after) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }`;
export const ALL = `query ($status: SupportRequestStatus) { supportRequests(first: 100, status: $status) { totalCount nodes { id status user { email } } } }`;

export interface SupportWorld {
  app: TestApp;
  alice: Session;
  bob: Session;
  admin: Session;
}

/** A test app with customers alice@example.com and bob@example.com and the bootstrapped admin signed in. */
export async function startSupportWorld(): Promise<SupportWorld> {
  const app = await startTestApp(ADMIN_ENV);
  const alice = await registerCustomer(app, 'alice@example.com');
  const bob = await registerCustomer(app, 'bob@example.com');
  const admin = await loginAdmin(app);
  return { app, alice, bob, admin };
}

export async function createRequest(app: TestApp, session: Session, input: Record<string, unknown> = {}) {
  const res = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 2, ...input } }, session.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.createSupportRequest;
}
