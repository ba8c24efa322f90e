import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { NodeListCache } from '../../../src/modules/nodes/node-list.cache.js';
import { NodeListRepository } from '../../../src/modules/nodes/node-list.repository.js';
import { registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

// Issue #17 (speed): a customer's concurrent requests for the same myNodes page share one read of
// it (node-list.cache.ts). Nothing is kept once answered, and an announced change drops the shared read.
let app: TestApp;
let admin: Session;
let carol: Session;
let dave: Session;
let reads = 0;
let gate: Promise<void> = Promise.resolve();
let entered: (() => void) | undefined;

const LIST = `{ myNodes(first: 50) { totalCount nodes { id identifier displayName } } }`;

/** Holds the list reads until the returned function is called; resolves `arrived` when one starts. */
function holdReads(): { release: () => void; started: Promise<void> } {
  let release!: () => void;
  gate = new Promise<void>((r) => (release = r));
  const started = new Promise<void>((r) => (entered = r));
  return { release, started };
}

/** Waits until `n` myNodes calls have reached the shared-read cache (they are all in the resolver). */
async function callsReached(n: number): Promise<void> {
  while (pageCalls < n) await new Promise((r) => setTimeout(r, 5));
}
let pageCalls = 0;
let addrs: string[];

before(async () => {
  app = await startTestApp();
  addrs = app.running.upstreams.simulator!.addresses();
  admin = await registerAdmin(app, 'list-admin@example.com');
  carol = await registerCustomer(app, 'carol@example.com');
  dave = await registerCustomer(app, 'dave@example.com');
  await withClient(app.db.url, async (c) => {
    for (const [user, ids] of [
      [carol, [addrs[0], addrs[1]]],
      [dave, [addrs[2]]],
    ] as const) {
      for (const identifier of ids) {
        const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
        await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [user.user.id, n.rows[0].id]);
      }
    }
  });
  const repo = app.running.app.get(NodeListRepository);
  const list = repo.list.bind(repo);
  repo.list = async (...args) => {
    reads++;
    entered?.();
    await gate;
    return list(...args);
  };
  const cache = app.running.app.get(NodeListCache);
  const page = cache.page.bind(cache);
  cache.page = (...args) => {
    pageCalls++;
    return page(...args);
  };
});
after(() => app.close());

test("one customer's concurrent requests for the same page share one read; another page or customer reads its own", async () => {
  const before = { reads, pageCalls };
  const { release, started } = holdReads();
  const same = Array.from({ length: 5 }, () => app.gql(LIST, {}, carol.accessToken));
  const otherPage = app.gql(`{ myNodes(first: 1) { totalCount nodes { id } } }`, {}, carol.accessToken);
  const otherCustomer = app.gql(LIST, {}, dave.accessToken);
  await started;
  await callsReached(before.pageCalls + 7);
  release();
  const answers = await Promise.all(same);
  for (const a of answers) assert.equal(a.errors, undefined, JSON.stringify(a.errors));
  assert.deepEqual(new Set(answers.map((a) => JSON.stringify(a.data))).size, 1, 'the same answer');
  assert.equal(answers[0].data.myNodes.totalCount, 2);
  assert.equal((await otherPage).data.myNodes.nodes.length, 1);
  assert.deepEqual(
    (await otherCustomer).data.myNodes.nodes.map((n: any) => n.identifier),
    [addrs[2]],
    "dave's own list, not carol's shared read",
  );
  assert.equal(reads - before.reads, 3, 'five requests for one page: one read; plus one per other page and customer');
});

test('an answered page is not kept: the next request reads again and sees a change made with SQL', async () => {
  const first = await app.gql(LIST, {}, carol.accessToken);
  await withClient(app.db.url, (c) => c.query(`UPDATE nodes SET display_name = 'renamed by SQL' WHERE identifier = $1`, [addrs[0]]));
  const readsBefore = reads;
  const next = await app.gql(LIST, {}, carol.accessToken);
  assert.equal(reads - readsBefore, 1);
  assert.notDeepEqual(next.data, first.data);
  assert.ok(next.data.myNodes.nodes.some((n: any) => n.displayName === 'renamed by SQL'));
});

test('an assignment committed while a read is under way: requests after it do not join that read', async () => {
  const { release, started } = holdReads();
  const early = app.gql(LIST, {}, carol.accessToken);
  await started;
  const assigned = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    { input: { identifier: addrs[3], identifierType: 'WALLET', userId: carol.user.id } },
    admin.accessToken,
  );
  assert.equal(assigned.errors, undefined, JSON.stringify(assigned.errors));
  const readsBefore = reads;
  const callsBefore = pageCalls;
  const late = app.gql(LIST, {}, carol.accessToken);
  await callsReached(callsBefore + 1);
  // Joining the early read would start no read of its own.
  for (let i = 0; i < 100 && reads === readsBefore; i++) await new Promise((r) => setTimeout(r, 5));
  release();
  assert.equal(reads - readsBefore, 1, 'the request after the assignment read anew');
  assert.equal((await late).data.myNodes.totalCount, 3, 'the new node is listed');
  assert.ok((await late).data.myNodes.nodes.some((n: any) => n.identifier === addrs[3]));
  assert.equal((await early).errors, undefined);
});
