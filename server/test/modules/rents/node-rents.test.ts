/**
 * Rent history over real GraphQL: admins set one rent for many nodes, a later change keeps the past,
 * bad amounts, currencies and dates are BAD_USER_INPUT naming the field, and customers see only
 * their own node's rents from their assignment on.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { ACCOUNT_HRP, encodeBech32 } from '../../../src/simulator/addresses.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let nodes: string[];
const ADDRESSES = [1, 2, 3].map((n) => encodeBech32(ACCOUNT_HRP, new Uint8Array(20).fill(n)));

const SET = `mutation($input: SetNodeRentInput!) { setNodeRent(input: $input) { id nodeId amount currency period validFrom validUntil } }`;
const RENTS = `query($id: ID!) { node(id: $id) { rents { id amount currency period validFrom validUntil } } }`;
const q = (sql: string, params: unknown[] = []) => withClient(app.db.url, (c) => c.query(sql, params)).then((r) => r.rows);

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'rent-alice@example.com');
  bob = await registerCustomer(app, 'rent-bob@example.com');
  nodes = await linkNodes(app, alice.user.id, ADDRESSES);
});
after(() => app.close());

test('one rent for a set of nodes, then a change mid-month: the history keeps both, newest first', async () => {
  const bulk = await app.gql(SET, { input: { nodeIds: nodes, amount: '1.85', currency: 'USD', period: 'HOUR', validFrom: '2026-03-01' } }, admin.accessToken);
  assert.equal(bulk.errors, undefined, JSON.stringify(bulk.errors));
  assert.deepEqual(bulk.data.setNodeRent.map((r: any) => r.nodeId).sort(), [...nodes].sort());
  const change = await app.gql(
    SET,
    { input: { nodeIds: [nodes[0]], amount: '1400', currency: 'EUR', period: 'MONTH', validFrom: '2026-03-16' } },
    admin.accessToken,
  );
  assert.equal(change.errors, undefined, JSON.stringify(change.errors));

  const res = await app.gql(RENTS, { id: nodes[0] }, alice.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(
    res.data.node.rents.map((r: any) => [r.amount, r.currency, r.period, r.validFrom, r.validUntil]),
    [
      ['1400', 'EUR', 'MONTH', '2026-03-16', null],
      ['1.85', 'USD', 'HOUR', '2026-03-01', '2026-03-16'],
    ],
  );
  // Setting the same node and date again corrects that entry instead of adding one.
  await app.gql(SET, { input: { nodeIds: [nodes[0]], amount: '1450', currency: 'EUR', period: 'MONTH', validFrom: '2026-03-16' } }, admin.accessToken);
  const again = await app.gql(RENTS, { id: nodes[0] }, alice.accessToken);
  assert.deepEqual(
    again.data.node.rents.map((r: any) => r.amount),
    ['1450', '1.85'],
  );
});

test('bad rents are BAD_USER_INPUT naming the field; nothing is written', async () => {
  const base = { nodeIds: [nodes[1]], amount: '2', currency: 'USD', period: 'HOUR', validFrom: '2026-03-01' };
  const cases: [Record<string, unknown>, string][] = [
    [{ amount: '-5' }, 'input.amount'],
    [{ amount: '0' }, 'input.amount'],
    [{ amount: '0.00' }, 'input.amount'],
    [{ amount: '10000.01' }, 'input.amount'],
    [{ amount: '5000000', period: 'MONTH' }, 'input.amount'],
    [{ amount: '1e9' }, 'input.amount'],
    [{ amount: '1.23456' }, 'input.amount'],
    [{ currency: 'GBP' }, 'input.currency'],
    [{ currency: 'GNK' }, 'input.currency'],
    [{ validFrom: '2026-02-30' }, 'input.validFrom'],
    [{ validFrom: '1999-12-31' }, 'input.validFrom'],
    [{ validFrom: '2999-01-01' }, 'input.validFrom'],
    [{ validFrom: 'yesterday' }, 'input.validFrom'],
    [{ nodeIds: [] }, 'input.nodeIds'],
    [{ nodeIds: ['not-a-uuid'] }, 'input.nodeIds'],
  ];
  const before = await q(`SELECT count(*)::int AS n FROM node_rents`);
  for (const [patch, field] of cases) {
    const res = await app.gql(SET, { input: { ...base, ...patch } }, admin.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT', `${JSON.stringify(patch)}: ${JSON.stringify(res.errors)}`);
    assert.equal(res.errors?.[0].extensions?.field, field, JSON.stringify(patch));
  }
  const unknown = await app.gql(SET, { input: { ...base, nodeIds: [nodes[1], '00000000-0000-4000-8000-000000000000'] } }, admin.accessToken);
  assert.equal(code(unknown), 'NOT_FOUND');
  assert.deepEqual(await q(`SELECT count(*)::int AS n FROM node_rents`), before, 'a refused or partly unknown bulk writes nothing');
});

test('customers cannot set rents, and see no one else’s node', async () => {
  const res = await app.gql(SET, { input: { nodeIds: [nodes[2]], amount: '1', currency: 'USD', period: 'HOUR', validFrom: '2026-03-01' } }, alice.accessToken);
  assert.equal(code(res), 'FORBIDDEN');
  const other = await app.gql(RENTS, { id: nodes[2] }, bob.accessToken);
  assert.equal(code(other), 'NOT_FOUND');
});

test('a customer who received a node sees its rents only from their assignment on', async () => {
  const unassign = await app.gql(
    `mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`,
    { input: { nodeId: nodes[2] } },
    admin.accessToken,
  );
  assert.equal(unassign.errors, undefined, JSON.stringify(unassign.errors));
  const assign = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    { input: { identifier: ADDRESSES[2], identifierType: 'WALLET', userId: bob.user.id } },
    admin.accessToken,
  );
  assert.equal(assign.errors, undefined, JSON.stringify(assign.errors));
  const today = new Date().toISOString().slice(0, 10);
  const res = await app.gql(RENTS, { id: nodes[2] }, bob.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.deepEqual(
    res.data.node.rents.map((r: any) => [r.amount, r.validFrom]),
    [['1.85', today]],
  );
  const asAdmin = await app.gql(RENTS, { id: nodes[2] }, admin.accessToken);
  assert.deepEqual(
    asAdmin.data.node.rents.map((r: any) => r.validFrom),
    ['2026-03-01'],
  );
});

test('removeNodeRent takes one entry out (a correction): the one before it runs on; again, or no such id, is NOT_FOUND; admins only', async () => {
  const REMOVE = `mutation($id: ID!) { removeNodeRent(id: $id) }`;
  const before = (await app.gql(RENTS, { id: nodes[0] }, admin.accessToken)).data.node.rents;
  assert.deepEqual(
    before.map((r: any) => [r.amount, r.validUntil]),
    [
      ['1450', null],
      ['1.85', '2026-03-16'],
    ],
  );
  assert.equal(code(await app.gql(REMOVE, { id: before[0].id }, alice.accessToken)), 'FORBIDDEN');
  const removed = await app.gql(REMOVE, { id: before[0].id }, admin.accessToken);
  assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
  assert.equal(removed.data.removeNodeRent, before[0].id);
  const after = (await app.gql(RENTS, { id: nodes[0] }, alice.accessToken)).data.node.rents;
  assert.deepEqual(
    after.map((r: any) => [r.amount, r.currency, r.validFrom, r.validUntil]),
    [['1.85', 'USD', '2026-03-01', null]],
  );
  assert.equal((await q(`SELECT count(*)::int AS n FROM node_rents WHERE node_id = $1`, [nodes[0]]))[0].n, 1);
  for (const id of [before[0].id, 'not-an-id', '99999999999999999999999'])
    assert.equal(code(await app.gql(REMOVE, { id }, admin.accessToken)), 'NOT_FOUND', id);
});
