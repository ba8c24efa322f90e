import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

// Found by bench/drills/hostile-requests.mjs: inputs that pass GraphQL and class-validator but that
// PostgreSQL refuses (a NUL in text, a date before 4713 BC) used to end as INTERNAL_SERVER_ERROR.
// They must be BAD_USER_INPUT naming the field, and change nothing.

let app: TestApp;
let alice: Session;
let admin: Session;
let requestId: string;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
  alice = await registerCustomer(app, 'alice@example.com');
  admin = await loginAdmin(app);
  const identifier = app.running.upstreams.simulator!.addresses()[0];
  await withClient(app.db.url, async (c) => {
    const node = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
    await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [alice.user.id, node.rows[0].id]);
  });
  const created = await app.gql(`mutation { createSupportRequest(input: { type: OTHER }) { id } }`, {}, alice.accessToken);
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  requestId = created.data.createSupportRequest.id;
});
after(() => app.close());

const NUL = 'a\u0000b';

async function rows(sql: string, params: unknown[] = []): Promise<any[]> {
  return withClient(app.db.url, async (c) => (await c.query(sql, params)).rows);
}

function assertRefused(res: Awaited<ReturnType<TestApp['gql']>>, field: string) {
  assert.equal(code(res), 'BAD_USER_INPUT', `${field}: ${JSON.stringify(res.errors)}`);
  assert.equal(res.errors![0].extensions!.field, field);
  assert.doesNotMatch(JSON.stringify(res), /Internal server error|0x00|invalid byte sequence/);
}

describe('a NUL character in free text is BAD_USER_INPUT, never reaches SQL', () => {
  test('createSupportRequest: gpuType, budget, comments; no row is stored', async () => {
    const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
    const before = (await rows(`SELECT count(*)::int AS n FROM support_requests`))[0].n;
    for (const field of ['gpuType', 'budget', 'comments']) {
      assertRefused(await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, [field]: NUL } }, alice.accessToken), `input.${field}`);
    }
    // Also written inline in the document (GraphQL string escape), not only through variables.
    assertRefused(
      await app.gql(`mutation { createSupportRequest(input: { type: OTHER, comments: "x\\u0000" }) { id } }`, {}, alice.accessToken),
      'input.comments',
    );
    assert.equal((await rows(`SELECT count(*)::int AS n FROM support_requests`))[0].n, before);
  });

  test('other control characters, emoji and long unicode are still fine', async () => {
    const comments = 'line one\nline two\ttabbed \u0001\u001b[31m 🐳 e\u0301 \u202eevil';
    const res = await app.gql(
      `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id comments } }`,
      { input: { type: 'OTHER', comments } },
      alice.accessToken,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.createSupportRequest.comments, comments);
  });

  test('updateSupportRequest: adminNotes on an existing request; the request is unchanged', async () => {
    const UPDATE = `mutation ($id: ID!, $input: UpdateSupportRequestInput!) { updateSupportRequest(id: $id, input: $input) { id } }`;
    assertRefused(await app.gql(UPDATE, { id: requestId, input: { adminNotes: NUL, status: 'IN_PROGRESS' } }, admin.accessToken), 'input.adminNotes');
    assert.deepEqual(await rows(`SELECT status, admin_notes FROM support_requests WHERE id = $1`, [requestId]), [{ status: 'pending', admin_notes: null }]);
  });

  test('updateProfile: telegram and discord; the profile is unchanged', async () => {
    const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;
    for (const field of ['telegram', 'discord']) {
      assertRefused(await app.gql(UPDATE, { input: { [field]: NUL } }, alice.accessToken), `input.${field}`);
    }
    assert.deepEqual(await rows(`SELECT telegram, discord FROM users WHERE id = $1`, [alice.user.id]), [{ telegram: null, discord: null }]);
  });

  test('searches: users(search), myNodes/nodes filter search and gpuType', async () => {
    assertRefused(await app.gql(`query ($s: String) { users(search: $s) { totalCount } }`, { s: NUL }, admin.accessToken), 'search');
    for (const field of ['search', 'gpuType']) {
      assertRefused(
        await app.gql(`query ($f: NodesFilterInput) { myNodes(filter: $f) { totalCount } }`, { f: { [field]: NUL } }, alice.accessToken),
        `filter.${field}`,
      );
      assertRefused(
        await app.gql(`query ($f: NodesFilterInput) { nodes(filter: $f) { totalCount } }`, { f: { [field]: '\u0000' } }, admin.accessToken),
        `filter.${field}`,
      );
    }
  });

  test('assignNode: displayName, gpuType, region; no node and no link are created', async () => {
    const ASSIGN = `mutation ($input: AssignNodeInput!) { assignNode(input: $input) { id } }`;
    const identifier = app.running.upstreams.simulator!.addresses()[1];
    for (const field of ['displayName', 'gpuType', 'region']) {
      const input = { identifier, identifierType: 'WALLET', userId: alice.user.id, [field]: NUL };
      assertRefused(await app.gql(ASSIGN, { input }, admin.accessToken), `input.${field}`);
    }
    assert.deepEqual(await rows(`SELECT id FROM nodes WHERE identifier = $1`, [identifier]), []);
  });
});

describe('dates outside years 0001–9999 are BAD_USER_INPUT, never reach SQL', () => {
  const EARNINGS = `query ($r: DateRangeInput) { myNodes { nodes { earnings(range: $r) { amount } } } }`;
  const HISTORY = `query ($r: DateRangeInput) { myNodes { nodes { statusHistory(range: $r) { at } } } }`;
  const SERIES = `query ($r: DateRangeInput) { dashboard { earningsSeries(range: $r) { amount } } }`;

  test('a far-past range (before PostgreSQL 4713 BC) on every range argument', async () => {
    const range = { from: '-271821-04-20T00:00:00Z', to: '-271821-05-01T00:00:00Z' };
    for (const query of [EARNINGS, HISTORY, SERIES]) {
      assertRefused(await app.gql(query, { r: range }, alice.accessToken), 'range.from');
    }
    // Inline literal, as a client could write it.
    assertRefused(
      await app.gql(
        `{ dashboard { earningsSeries(range: { from: "-004714-11-24T00:00:00Z", to: "-004714-12-01T00:00:00Z" }) { amount } } }`,
        {},
        alice.accessToken,
      ),
      'range.from',
    );
  });

  test('beyond year 9999, and only one end out of bounds', async () => {
    assertRefused(await app.gql(SERIES, { r: { from: '+099999-01-01T00:00:00Z', to: '+099999-02-01T00:00:00Z' } }, alice.accessToken), 'range.from');
    assertRefused(await app.gql(SERIES, { r: { to: '+275760-09-13T00:00:00Z' } }, alice.accessToken), 'range.to');
    assertRefused(await app.gql(SERIES, { r: { from: '0000-12-31T00:00:00Z', to: '0001-01-02T00:00:00Z' } }, alice.accessToken), 'range.from');
  });

  test('the bounds themselves and ordinary ranges still answer', async () => {
    for (const r of [
      { from: '0001-01-01T00:00:00Z', to: '0001-12-31T00:00:00Z' },
      { from: '9999-01-01T00:00:00Z', to: '9999-12-31T23:59:59.999Z' },
      undefined,
    ]) {
      for (const query of [EARNINGS, HISTORY, SERIES]) {
        const res = await app.gql(query, { r }, alice.accessToken);
        assert.equal(res.errors, undefined, `${JSON.stringify(r)}: ${JSON.stringify(res.errors)}`);
      }
    }
    // End before start stays the existing, clearer refusal.
    assertRefused(await app.gql(SERIES, { r: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }, alice.accessToken), 'range.from');
  });
});
