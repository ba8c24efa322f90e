import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { email telegram discord currencyPreference notificationPreferences { nodeDown earningsDrop requestUpdates } }
}`;
const USERS = `query ($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount
    edges { cursor node { email role } }
    nodes { email }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

let app: TestApp;
let alice: Session;
let admin: Session;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
  alice = await registerCustomer(app, 'alice@example.com');
  admin = await loginAdmin(app);
});
after(() => app.close());

test('updateProfile changes only the given fields; blank handles clear them', async () => {
  const first = await app.gql(
    UPDATE,
    { input: { telegram: '@alice', discord: 'alice#1', currencyPreference: 'EUR', notificationPreferences: { earningsDrop: false } } },
    alice.accessToken,
  );
  assert.deepEqual(first.data.updateProfile, {
    email: 'alice@example.com',
    telegram: '@alice',
    discord: 'alice#1',
    currencyPreference: 'EUR',
    notificationPreferences: { nodeDown: true, earningsDrop: false, requestUpdates: true },
  });
  const second = await app.gql(UPDATE, { input: { telegram: '  ', notificationPreferences: { nodeDown: false } } }, alice.accessToken);
  assert.equal(second.data.updateProfile.telegram, null);
  assert.equal(second.data.updateProfile.discord, 'alice#1');
  assert.equal(second.data.updateProfile.currencyPreference, 'EUR');
  assert.deepEqual(second.data.updateProfile.notificationPreferences, { nodeDown: false, earningsDrop: false, requestUpdates: true });
  const me = await app.gql('{ me { currencyPreference notificationPreferences { nodeDown } } }', {}, alice.accessToken);
  assert.deepEqual(me.data.me, { currencyPreference: 'EUR', notificationPreferences: { nodeDown: false } });
});

test('profile validation names the field; unknown currency is refused by GraphQL', async () => {
  const long = await app.gql(UPDATE, { input: { telegram: 't'.repeat(65) } }, alice.accessToken);
  assert.equal(code(long), 'BAD_USER_INPUT');
  assert.equal(long.errors![0].extensions!.field, 'input.telegram');
  const discord = await app.gql(UPDATE, { input: { discord: 'd'.repeat(65) } }, alice.accessToken);
  assert.equal(discord.errors![0].extensions!.field, 'input.discord');
  const currency = await app.gql(UPDATE, { input: { currencyPreference: 'BTC' } }, alice.accessToken);
  assert.equal(code(currency), 'BAD_USER_INPUT');
  assert.match(currency.errors![0].message, /currencyPreference/);
  const inline = await app.gql('mutation { updateProfile(input: { currencyPreference: BTC }) { email } }', {}, alice.accessToken);
  assert.equal(code(inline), 'GRAPHQL_VALIDATION_FAILED');
});

test('anonymous callers are UNAUTHENTICATED on profile operations', async () => {
  assert.equal(code(await app.gql('{ me { id } }')), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(UPDATE, { input: { telegram: 'x' } })), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(USERS, {})), 'UNAUTHENTICATED');
});

test('users (admin): customers are FORBIDDEN', async () => {
  const res = await app.gql(USERS, {}, alice.accessToken);
  assert.equal(code(res), 'FORBIDDEN');
  assert.equal(res.data, null);
});

test('users (admin): pages with cursors, searches by email substring', async () => {
  for (let i = 0; i < 5; i++) await registerCustomer(app, `page${i}@example.com`);
  const all = await app.gql(USERS, { first: 100 }, admin.accessToken);
  assert.equal(all.data.users.totalCount, 7);
  const emails: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await app.gql(USERS, { first: 3, after }, admin.accessToken);
    assert.equal(page.errors, undefined, JSON.stringify(page.errors));
    const c = page.data.users;
    assert.equal(c.totalCount, 7);
    assert.deepEqual(
      c.nodes.map((n: any) => n.email),
      c.edges.map((e: any) => e.node.email),
    );
    assert.equal(c.pageInfo.hasPreviousPage, after !== null);
    emails.push(...c.nodes.map((n: any) => n.email));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  assert.deepEqual(
    emails,
    all.data.users.nodes.map((n: any) => n.email),
  );
  assert.equal(emails[0], 'page4@example.com', 'newest first');
  const found = await app.gql(USERS, { search: 'PAGE' }, admin.accessToken);
  assert.equal(found.data.users.totalCount, 5);
  const literal = await app.gql(USERS, { search: '%' }, admin.accessToken);
  assert.equal(literal.data.users.totalCount, 0, 'LIKE wildcards are matched literally');
});

test('page size and cursor are validated', async () => {
  for (const first of [0, 101, -1]) {
    const res = await app.gql(USERS, { first }, admin.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT', `first=${first}`);
    assert.equal(res.errors![0].extensions!.field, 'first');
  }
  const bad = await app.gql(USERS, { after: 'garbage' }, admin.accessToken);
  assert.equal(code(bad), 'BAD_USER_INPUT');
  assert.equal(bad.errors![0].extensions!.field, 'after');
  const tampered = Buffer.from(JSON.stringify(['2025-01-01 00:00:00+00', "x'; drop table users"])).toString('base64url');
  assert.equal(code(await app.gql(USERS, { after: tampered }, admin.accessToken)), 'BAD_USER_INPUT');
});
