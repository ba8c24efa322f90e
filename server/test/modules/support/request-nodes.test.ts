import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerCustomer } from '../../helpers/accounts.js';
import { createRequest, startSupportWorld, UPDATE, type SupportWorld } from '../../helpers/support-requests.js';

let w: SupportWorld;
let addrs: string[];
const nodeIdOf: Record<string, string> = {};

const ASSIGN_MANY = `mutation($input: AssignNodesInput!) { assignNodes(input: $input) { lines { identifier node { id } } } }`;
const MINE_WITH_NODES = `{ mySupportRequests(first: 20) { nodes { id status nodes { id identifier displayName status } } } }`;
const QUEUE_WITH_NODES = `{ supportRequests(first: 20) { nodes { id nodes { id identifier } } } }`;
const ONE_WITH_NODES = `query($id: ID!) { supportRequest(id: $id) { id nodes { id } } }`;

async function assign(userId: string, identifiers: string[]) {
  const res = await w.app.gql(ASSIGN_MANY, { input: { userId, lines: identifiers.map((identifier) => ({ identifier })) } }, w.admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  for (const l of res.data.assignNodes.lines) nodeIdOf[l.identifier] = l.node.id;
}
const update = (id: string, input: Record<string, unknown>) => w.app.gql(UPDATE, { id, input }, w.admin.accessToken);

before(async () => {
  w = await startSupportWorld();
  addrs = w.app.running.upstreams.simulator!.addresses();
  await assign(w.alice.user.id, addrs.slice(0, 3));
  await assign(w.bob.user.id, [addrs[5]]);
});
after(() => w.app.close());

test('completing a new-node request links the nodes it produced; its customer sees them, another customer does not', async () => {
  const request = await createRequest(w.app, w.alice, { quantity: 2, gpuType: 'H100' });
  assert.equal((await update(request.id, { status: 'IN_PROGRESS' })).errors, undefined);
  const done = await update(request.id, { status: 'COMPLETED', nodeIds: [nodeIdOf[addrs[0]], nodeIdOf[addrs[1]], nodeIdOf[addrs[0]]] });
  assert.equal(done.errors, undefined, JSON.stringify(done.errors));

  const mine = await w.app.gql(MINE_WITH_NODES, {}, w.alice.accessToken);
  const linked = mine.data.mySupportRequests.nodes.find((r: any) => r.id === request.id);
  assert.equal(linked.status, 'COMPLETED');
  assert.deepEqual(linked.nodes.map((n: any) => n.identifier).sort(), [addrs[0], addrs[1]].sort());
  assert.ok(
    linked.nodes.every((n: any) => n.status),
    'a linked node is a full Node (its live fields resolve)',
  );

  const queue = await w.app.gql(QUEUE_WITH_NODES, {}, w.admin.accessToken);
  assert.equal(queue.data.supportRequests.nodes.find((r: any) => r.id === request.id).nodes.length, 2);

  // Bob can neither read Alice's request nor see its nodes through his own requests.
  assert.equal(code(await w.app.gql(ONE_WITH_NODES, { id: request.id }, w.bob.accessToken)), 'NOT_FOUND');
  const bobs = await w.app.gql(MINE_WITH_NODES, {}, w.bob.accessToken);
  assert.equal(bobs.data.mySupportRequests.nodes.length, 0);

  // Linking again is idempotent and adds to the links.
  assert.equal((await update(request.id, { nodeIds: [nodeIdOf[addrs[1]], nodeIdOf[addrs[2]]] })).errors, undefined);
  const again = await w.app.gql(ONE_WITH_NODES, { id: request.id }, w.alice.accessToken);
  assert.equal(again.data.supportRequest.nodes.length, 3);
});

test('a linked node that has since gone to another customer is no longer shown to the first one', async () => {
  const request = await createRequest(w.app, w.alice, { quantity: 1 });
  await update(request.id, { status: 'IN_PROGRESS' });
  assert.equal((await update(request.id, { status: 'COMPLETED', nodeIds: [nodeIdOf[addrs[2]]] })).errors, undefined);
  await w.app.gql(
    `mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`,
    { input: { nodeId: nodeIdOf[addrs[2]] } },
    w.admin.accessToken,
  );
  const carol = await registerCustomer(w.app, 'carol@example.com');
  await assign(carol.user.id, [addrs[2]]);
  const alices = await w.app.gql(ONE_WITH_NODES, { id: request.id }, w.alice.accessToken);
  assert.deepEqual(alices.data.supportRequest.nodes, []);
  const admins = await w.app.gql(ONE_WITH_NODES, { id: request.id }, w.admin.accessToken);
  assert.deepEqual(admins.data.supportRequest.nodes, [{ id: nodeIdOf[addrs[2]] }], 'the admin still sees the link (history)');
});

test('bad links: a node of another customer, a support request, a rejected one, a malformed id → BAD_USER_INPUT on input.nodeIds; customers cannot link', async () => {
  const request = await createRequest(w.app, w.alice, { quantity: 1 });
  await update(request.id, { status: 'IN_PROGRESS' });
  const others = await update(request.id, { status: 'COMPLETED', nodeIds: [nodeIdOf[addrs[5]]] });
  assert.equal(code(others), 'BAD_USER_INPUT');
  assert.equal(others.errors![0].extensions!.field, 'input.nodeIds');
  const still = await w.app.gql(`query($id: ID!) { supportRequest(id: $id) { status nodes { id } } }`, { id: request.id }, w.admin.accessToken);
  assert.deepEqual(still.data.supportRequest, { status: 'IN_PROGRESS', nodes: [] }, 'the whole update was refused');

  const help = await createRequest(w.app, w.alice, { type: 'SUPPORT', quantity: 1 });
  assert.equal((await update(help.id, { nodeIds: [nodeIdOf[addrs[0]]] })).errors![0].extensions!.field, 'input.nodeIds');
  const rejected = await createRequest(w.app, w.alice, { quantity: 1 });
  assert.equal((await update(rejected.id, { status: 'REJECTED', nodeIds: [nodeIdOf[addrs[0]]] })).errors![0].extensions!.field, 'input.nodeIds');
  const malformed = await update(request.id, { nodeIds: ['not-a-node'] });
  assert.equal(malformed.errors![0].extensions!.field, 'input.nodeIds');
  const tooMany = await update(request.id, { nodeIds: Array.from({ length: 101 }, () => nodeIdOf[addrs[0]]) });
  assert.equal(tooMany.errors![0].extensions!.field, 'input.nodeIds');
  const asCustomer = await w.app.gql(UPDATE, { id: request.id, input: { nodeIds: [nodeIdOf[addrs[0]]] } }, w.alice.accessToken);
  assert.equal(code(asCustomer), 'FORBIDDEN');
});
