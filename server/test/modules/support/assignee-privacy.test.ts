/**
 * Customers see who handles their request only by a public name: the assigned admin's account
 * (email, role, contact handles, preferences) is for admins.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const PRIVATE = 'assignedTo { id email role telegram discord currencyPreference notificationPreferences { nodeDown } createdAt }';

let app: TestApp;
let admin: Session;
let customer: Session;
let requestId: string;

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  customer = await registerCustomer(app, 'asker@example.com');
  const profile = await app.gql(`mutation { updateProfile(input: { telegram: "@ops-anna", discord: "anna#7" }) { id } }`, {}, admin.accessToken);
  assert.equal(profile.errors, undefined, JSON.stringify(profile.errors));
  const created = await app.gql(`mutation { createSupportRequest(input: { type: NEW_NODE, quantity: 1 }) { id } }`, {}, customer.accessToken);
  requestId = created.data.createSupportRequest.id;
  const assigned = await app.gql(
    `mutation($id: ID!, $me: ID!) { updateSupportRequest(id: $id, input: { status: IN_PROGRESS, assignedToId: $me }) { id } }`,
    { id: requestId, me: admin.user.id },
    admin.accessToken,
  );
  assert.equal(assigned.errors, undefined, JSON.stringify(assigned.errors));
});
after(() => app.close());

test("a customer cannot read the assigned admin's account, by one request or in their list", async () => {
  for (const query of [`query($id: ID!) { supportRequest(id: $id) { id ${PRIVATE} } }`, `{ mySupportRequests { nodes { id ${PRIVATE} } } }`]) {
    const res = await app.gql(query, { id: requestId }, customer.accessToken);
    assert.equal(code(res), 'FORBIDDEN', JSON.stringify(res));
    const leaked = JSON.stringify(res.data ?? {});
    for (const secret of [ADMIN_EMAIL, '@ops-anna', 'anna#7', admin.user.id]) assert.ok(!leaked.includes(secret), `${secret} leaked: ${leaked}`);
  }
});

test('a customer sees the public name of who handles the request; null when unassigned or unnamed', async () => {
  const profile = await app.gql(`mutation { updateProfile(input: { displayName: " Anna " }) { displayName } }`, {}, admin.accessToken);
  assert.equal(profile.errors, undefined, JSON.stringify(profile.errors));
  assert.equal(profile.data.updateProfile.displayName, 'Anna', 'trimmed');
  const res = await app.gql(`{ mySupportRequests { nodes { id assignee { displayName } } } }`, {}, customer.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(res.data.mySupportRequests.nodes, [{ id: requestId, assignee: { displayName: 'Anna' } }]);
  await app.gql(`mutation { updateProfile(input: { displayName: "" }) { id } }`, {}, admin.accessToken);
  const unnamed = await app.gql(`query($id: ID!) { supportRequest(id: $id) { assignee { displayName } } }`, { id: requestId }, customer.accessToken);
  assert.deepEqual(unnamed.data.supportRequest.assignee, { displayName: null });
  const other = await app.gql(
    `mutation { createSupportRequest(input: { type: SUPPORT, quantity: 1 }) { assignee { displayName } } }`,
    {},
    customer.accessToken,
  );
  assert.equal(other.data.createSupportRequest.assignee, null);
});

test("admins still see the assignee's full account", async () => {
  const res = await app.gql(`query($id: ID!) { supportRequest(id: $id) { ${PRIVATE} assignee { displayName } } }`, { id: requestId }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.supportRequest.assignedTo.email, ADMIN_EMAIL);
  assert.equal(res.data.supportRequest.assignedTo.telegram, '@ops-anna');
});

test('a public name is at most 64 characters', async () => {
  const res = await app.gql(`mutation { updateProfile(input: { displayName: "${'x'.repeat(65)}" }) { id } }`, {}, customer.accessToken);
  assert.equal(code(res), 'BAD_USER_INPUT');
  assert.equal(res.errors![0].extensions!.field, 'input.displayName');
});
