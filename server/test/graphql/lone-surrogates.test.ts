import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

// A lone UTF-16 surrogate (possible in JSON variables: "\ud800") cannot be stored as UTF-8: it was
// saved as U+FFFD while the mutation echoed the original. Every text argument must refuse it with
// BAD_USER_INPUT naming the field, before anything is stored.

const LONE_HIGH = 'name \ud800 x';
const LONE_LOW = '\udc00';

let app: TestApp;
let alice: Session;
let admin: Session;
let requestId: string;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
  alice = await registerCustomer(app, 'alice@example.com');
  admin = await loginAdmin(app);
  const created = await app.gql(`mutation { createSupportRequest(input: { type: OTHER }) { id } }`, {}, alice.accessToken);
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  requestId = created.data.createSupportRequest.id;
});
after(() => app.close());

async function rows(sql: string, params: unknown[] = []): Promise<any[]> {
  return withClient(app.db.url, async (c) => (await c.query(sql, params)).rows);
}

function assertRefused(res: Awaited<ReturnType<TestApp['gql']>>, field: string) {
  assert.equal(code(res), 'BAD_USER_INPUT', `${field}: ${JSON.stringify(res)}`);
  assert.equal(res.errors![0].extensions!.field, field);
  assert.match(res.errors![0].message, new RegExp(`^${field.replace('.', '\\.')} .*surrogate`));
}

test('updateProfile: telegram and discord are refused; the profile is unchanged', async () => {
  const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { telegram discord } }`;
  assertRefused(await app.gql(UPDATE, { input: { telegram: LONE_HIGH } }, alice.accessToken), 'input.telegram');
  assertRefused(await app.gql(UPDATE, { input: { telegram: 'ok', discord: LONE_LOW } }, alice.accessToken), 'input.discord');
  assert.deepEqual(await rows(`SELECT telegram, discord FROM users WHERE id = $1`, [alice.user.id]), [{ telegram: null, discord: null }]);
});

test('createSupportRequest and updateSupportRequest text is refused; nothing is stored', async () => {
  const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id comments } }`;
  const before = await rows(`SELECT count(*)::int AS n FROM support_requests`);
  for (const field of ['gpuType', 'budget', 'comments']) {
    assertRefused(await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, [field]: LONE_HIGH } }, alice.accessToken), `input.${field}`);
  }
  assert.deepEqual(await rows(`SELECT count(*)::int AS n FROM support_requests`), before);
  const UPDATE = `mutation ($id: ID!, $input: UpdateSupportRequestInput!) { updateSupportRequest(id: $id, input: $input) { id } }`;
  assertRefused(await app.gql(UPDATE, { id: requestId, input: { adminNotes: LONE_LOW, status: 'IN_PROGRESS' } }, admin.accessToken), 'input.adminNotes');
  assert.deepEqual(await rows(`SELECT status, admin_notes FROM support_requests WHERE id = $1`, [requestId]), [{ status: 'pending', admin_notes: null }]);
});

test('assignNode: displayName is refused; no node is created', async () => {
  const identifier = app.running.upstreams.simulator!.addresses()[0];
  const input = { identifier, identifierType: 'WALLET', userId: alice.user.id, displayName: LONE_HIGH };
  assertRefused(await app.gql(`mutation ($input: AssignNodeInput!) { assignNode(input: $input) { id } }`, { input }, admin.accessToken), 'input.displayName');
  assert.deepEqual(await rows(`SELECT id FROM nodes WHERE identifier = $1`, [identifier]), []);
});

test('registration, search args, nested filters and plain string args are refused too', async () => {
  const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
  assertRefused(await app.gql(REGISTER, { input: { email: 'carol@example.com', password: `password-${LONE_LOW}-long` } }), 'input.password');
  assert.deepEqual(await rows(`SELECT id FROM users WHERE email = 'carol@example.com'`), []);
  assertRefused(await app.gql(`query ($s: String) { users(search: $s) { totalCount } }`, { s: LONE_HIGH }, admin.accessToken), 'search');
  assertRefused(
    await app.gql(`query ($f: NodesFilterInput) { myNodes(filter: $f) { totalCount } }`, { f: { search: LONE_LOW } }, alice.accessToken),
    'filter.search',
  );
  assertRefused(await app.gql(`mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: LONE_HIGH }), 'refreshToken');
});

test('well-formed text with surrogate pairs (emoji, astral letters) is kept exactly', async () => {
  const text = '🐳 𝒳 e\u0301 \ud83d\ude00';
  const res = await app.gql(
    `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { telegram } }`,
    { input: { telegram: text } },
    alice.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.updateProfile.telegram, text);
  assert.deepEqual(await rows(`SELECT telegram FROM users WHERE id = $1`, [alice.user.id]), [{ telegram: text }]);
});
