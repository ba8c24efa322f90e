import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { NodesRepository } from '../../../src/modules/nodes/nodes.repository.js';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let addrs: string[];

const ASSIGN = `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id owner { id email } } }`;
const UNASSIGN = `mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id owner { id } } }`;
const LIST = `{ nodes(first: 50) { nodes { id identifier owner { id email } } } }`;

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'alice@example.com');
  bob = await registerCustomer(app, 'bob@example.com');
  addrs = app.running.upstreams.simulator!.addresses();
});
after(() => app.close());

async function assign(identifier: string, userId: string): Promise<{ id: string; owner: { id: string; email: string } | null }> {
  const res = await app.gql(ASSIGN, { input: { identifier, identifierType: 'WALLET', userId } }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.assignNode;
}

test('admins read each node owner (null once unassigned), in one owner query for the page; customers get null', async () => {
  const a = await assign(addrs[0], alice.user.id);
  assert.deepEqual(a.owner, { id: alice.user.id, email: 'alice@example.com' }, 'the assignment returns its owner');
  const b = await assign(addrs[1], bob.user.id);
  const c = await assign(addrs[2], alice.user.id);

  const gone = await app.gql(UNASSIGN, { input: { nodeId: c.id } }, admin.accessToken);
  assert.equal(gone.errors, undefined, JSON.stringify(gone.errors));
  assert.equal(gone.data.unassignNode.owner, null, 'the unassignment returns the node without an owner');

  const ownersOf = mock.method(app.running.app.get(NodesRepository), 'ownersOf');
  try {
    const list = await app.gql(LIST, {}, admin.accessToken);
    assert.equal(list.errors, undefined, JSON.stringify(list.errors));
    const owners = new Map(list.data.nodes.nodes.map((n: { id: string; owner: { email: string } | null }) => [n.id, n.owner?.email ?? null]));
    assert.equal(owners.get(a.id), 'alice@example.com');
    assert.equal(owners.get(b.id), 'bob@example.com');
    assert.equal(owners.get(c.id), null);
    assert.equal(ownersOf.mock.callCount(), 1, 'one owner query for the whole page');
  } finally {
    ownersOf.mock.restore();
  }

  const mine = await app.gql(`{ myNodes { nodes { id owner { id } } } }`, {}, alice.accessToken);
  assert.equal(mine.errors, undefined, JSON.stringify(mine.errors));
  assert.deepEqual(
    mine.data.myNodes.nodes.map((n: { owner: unknown }) => n.owner),
    [null],
    'a customer never reads an owner, not even themselves',
  );
  const one = await app.gql(`query($id: ID!) { node(id: $id) { owner { id } } }`, { id: a.id }, alice.accessToken);
  assert.equal(one.data.node.owner, null);
});
