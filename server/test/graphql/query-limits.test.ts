import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { checkQueryLimits, MAX_ALIASES, MAX_QUERY_COST, queryCost } from '../../src/graphql/query-limits.js';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const USER_FIELDS = 'id email role telegram discord currencyPreference createdAt notificationPreferences { nodeDown earningsDrop requestUpdates }';
const REQUEST_FIELDS = `id type gpuType quantity budget network comments status adminNotes createdAt updatedAt user { ${USER_FIELDS} } assignedTo { ${USER_FIELDS} }`;

// A stand-in for the dashboard schema (nodes with nested earnings), to size the limits independently of today's API.
const dashboardSchema = buildSchema(`
  type Query { nodes(first: Int, after: String): NodeConnection! node(id: ID!): Node }
  type NodeConnection { edges: [NodeEdge!]! totalCount: Int! }
  type NodeEdge { cursor: String! node: Node! }
  type Node {
    id: ID! identifier: String! displayName: String status: String! statusReason: String gpuType: String region: String
    uptimePercent: Float tokensPerSec: Float jobsDay: Int activeModel: String votingWeight: String earningsDay: String
    earningsTotal: String fetchedAt: String owner: Node
    earnings(first: Int): [Earning!]!
  }
  type Earning { date: String! epoch: Int! amountGnk: String! claimed: Boolean! source: String! }
`);
const NODE_FIELDS =
  'id identifier displayName status statusReason gpuType region uptimePercent tokensPerSec jobsDay activeModel votingWeight earningsDay earningsTotal fetchedAt';

describe('limits as functions (dashboard-shaped schema)', () => {
  test('a 100-node page with 15 fields and 30 days of earnings each passes', () => {
    const doc = parse(`{ nodes(first: 100) { totalCount edges { cursor node { ${NODE_FIELDS} earnings(first: 30) { date epoch amountGnk } } } } }`);
    const cost = queryCost(dashboardSchema, doc);
    assert.ok(cost < MAX_QUERY_COST, `cost ${cost}`);
    assert.equal(checkQueryLimits(dashboardSchema, doc), undefined);
  });

  test('nested 100-item lists (100 × 100 × 5 values) are refused; page size from variables counts, clamped to 1..100', () => {
    const nested = parse(`query ($n: Int) { nodes(first: $n) { edges { node { earnings(first: 100) { date epoch amountGnk claimed source } } } } }`);
    assert.equal(checkQueryLimits(dashboardSchema, nested, { n: 100 })?.extensions.code, 'QUERY_TOO_COMPLEX');
    assert.equal(checkQueryLimits(dashboardSchema, nested, { n: 5 }), undefined);
    assert.equal(queryCost(dashboardSchema, nested, { n: 1_000_000 }), queryCost(dashboardSchema, nested, { n: 100 }));
  });

  test('depth over 10 is refused; the GraphiQL introspection query is not counted', () => {
    const nest = (levels: number) => `{ node(id: "1") { ${'owner { '.repeat(levels - 1)}id${' }'.repeat(levels - 1)} } }`;
    assert.equal(checkQueryLimits(dashboardSchema, parse(nest(10))), undefined);
    const deep = checkQueryLimits(dashboardSchema, parse(nest(12)));
    assert.equal(deep?.extensions.code, 'QUERY_TOO_COMPLEX');
    assert.match(deep!.message, /deeper than 10/);
    assert.equal(checkQueryLimits(dashboardSchema, parse(getIntrospectionQuery())), undefined);
  });

  test('a fragment does not hide depth or cost', () => {
    const doc = parse(`fragment Deep on Node { owner { owner { owner { owner { owner { owner { owner { owner { owner { owner { id } } } } } } } } } } }
      { node(id: "1") { ...Deep } }`);
    assert.equal(checkQueryLimits(dashboardSchema, doc)?.extensions.code, 'QUERY_TOO_COMPLEX');
  });
});

describe('limits over HTTP', () => {
  let app: TestApp;
  let admin: Session;
  before(async () => {
    app = await startTestApp(ADMIN_ENV);
    admin = await loginAdmin(app);
    const alice = await registerCustomer(app, 'alice@example.com');
    await app.gql(`mutation { createSupportRequest(input: { type: NEW_NODE, quantity: 3 }) { id } }`, {}, alice.accessToken);
  });
  after(() => app.close());

  test('a realistic admin page (100 requests with their users, 100 users) passes', async () => {
    const res = await app.gql(
      `{ me { ${USER_FIELDS} }
         supportRequests(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${REQUEST_FIELDS} } } }
         users(first: 100) { totalCount nodes { ${USER_FIELDS} } } }`,
      {},
      admin.accessToken,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.supportRequests.totalCount, 1);
  });

  test(`more than ${MAX_ALIASES} aliases are refused before execution`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: serverInfo { name }`).join(' ')} }`;
    assert.equal((await app.gql(aliases(MAX_ALIASES))).errors, undefined);
    const res = await app.gql(aliases(MAX_ALIASES + 1));
    assert.equal(res.status, 400);
    assert.equal(code(res), 'QUERY_TOO_COMPLEX');
    assert.equal(res.data, undefined);
  });

  test('too costly a query is refused before execution, even for an anonymous caller', async () => {
    const query = `{ ${Array.from({ length: 25 }, (_, i) => `p${i}: supportRequests(first: 100) { nodes { ${REQUEST_FIELDS} } }`).join(' ')} }`;
    for (const token of [undefined, admin.accessToken]) {
      const res = await app.gql(query, {}, token);
      assert.equal(res.status, 400);
      assert.equal(code(res), 'QUERY_TOO_COMPLEX');
      assert.match(res.errors![0].message, /cost \d+ exceeds the limit of 50000/);
    }
  });

  test('bad variables are still BAD_USER_INPUT, not a limits failure', async () => {
    const res = await app.gql('query ($n: Int) { users(first: $n) { totalCount } }', { n: 'many' }, admin.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT');
  });

  test('the full introspection query passes the limits in development', async () => {
    const res = await app.gql(getIntrospectionQuery());
    assert.equal(res.errors, undefined);
    assert.ok(res.data.__schema.types.length > 10);
  });

  test('CSRF prevention: GET and simple POSTs need a preflight-forcing header', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}`);
    assert.equal(get.status, 400);
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(preflighted.status, 200);
    const formPost = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    assert.equal(formPost.status, 400);
  });
});
