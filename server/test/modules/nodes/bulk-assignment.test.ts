import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let addrs: string[];

const ASSIGN_MANY = `mutation($input: AssignNodesInput!) {
  assignNodes(input: $input) { applied assignedCount lines { line identifier outcome code node { id identifier displayName } } }
}`;
const assignMany = (token: string, input: Record<string, unknown>) => app.gql(ASSIGN_MANY, { input }, token);
const count = async (sql: string, params: unknown[]) => Number((await withClient(app.db.url, (c) => c.query(sql, params))).rows[0].n);
const linksOf = (userId: string) => count(`SELECT count(*) AS n FROM user_nodes WHERE user_id = $1`, [userId]);

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'alice@example.com');
  bob = await registerCustomer(app, 'bob@example.com');
  addrs = app.running.upstreams.simulator!.addresses();
});
after(() => app.close());

test('per-line results: assigned, already yours, owned by another customer, invalid, duplicate — the good lines are assigned', async () => {
  const bobs = await assignMany(admin.accessToken, { userId: bob.user.id, lines: [{ identifier: addrs[0] }] });
  assert.equal(bobs.data.assignNodes.lines[0].outcome, 'ASSIGNED', JSON.stringify(bobs));
  const first = await assignMany(admin.accessToken, { userId: alice.user.id, lines: [{ identifier: addrs[1] }] });
  assert.equal(first.data.assignNodes.assignedCount, 1);

  const res = await assignMany(admin.accessToken, {
    userId: alice.user.id,
    lines: [
      { identifier: ` ${addrs[2]} `, displayName: 'rig-02' },
      { identifier: addrs[1] },
      { identifier: addrs[0], displayName: 'not yours' },
      { identifier: 'gonka1notanaddress' },
      { identifier: addrs[2] },
      { identifier: '' },
      { identifier: addrs[3], displayName: 'x'.repeat(101) },
    ],
  });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const r = res.data.assignNodes;
  assert.equal(r.applied, true);
  assert.equal(r.assignedCount, 1);
  assert.deepEqual(
    r.lines.map((l: any) => [l.line, l.outcome, l.code]),
    [
      [1, 'ASSIGNED', 'ASSIGNED'],
      [2, 'ALREADY_YOURS', 'ALREADY_YOURS'],
      [3, 'OWNED_BY_OTHER', 'OWNED_BY_OTHER'],
      [4, 'INVALID', 'IDENTIFIER_MALFORMED'],
      [5, 'DUPLICATE_IN_LIST', 'DUPLICATE_IN_LIST'],
      [6, 'INVALID', 'IDENTIFIER_EMPTY'],
      [7, 'INVALID', 'DISPLAY_NAME_TOO_LONG'],
    ],
  );
  assert.equal(r.lines[0].identifier, addrs[2], 'trimmed');
  assert.equal(r.lines[0].node.displayName, 'rig-02');
  assert.equal(r.lines[1].node.identifier, addrs[1]);
  assert.equal(r.lines[2].node, null, "another customer's node is not shown");
  // Bob's node kept its owner and its name.
  const bobsNodes = await app.gql(`{ myNodes { nodes { identifier displayName } } }`, {}, bob.accessToken);
  assert.deepEqual(bobsNodes.data.myNodes.nodes, [{ identifier: addrs[0], displayName: null }]);
  assert.equal(await linksOf(alice.user.id), 2);
});

test('allOrNothing: one line owned by another customer → nothing is assigned, and every line says why', async () => {
  const before = await linksOf(alice.user.id);
  const nodesBefore = await count(`SELECT count(*) AS n FROM nodes`, []);
  const eventsBefore = await count(`SELECT count(*) AS n FROM activity_events WHERE user_id = $1`, [alice.user.id]);
  const res = await assignMany(admin.accessToken, {
    userId: alice.user.id,
    allOrNothing: true,
    lines: [{ identifier: addrs[10], displayName: 'new-10' }, { identifier: addrs[0] }, { identifier: addrs[11] }, { identifier: addrs[1] }],
  });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const r = res.data.assignNodes;
  assert.equal(r.applied, false);
  assert.equal(r.assignedCount, 0);
  assert.deepEqual(
    r.lines.map((l: any) => [l.outcome, l.code]),
    [
      ['NOT_APPLIED', 'ROLLED_BACK'],
      ['OWNED_BY_OTHER', 'OWNED_BY_OTHER'],
      ['NOT_APPLIED', 'ROLLED_BACK'],
      ['ALREADY_YOURS', 'ALREADY_YOURS'],
    ],
  );
  assert.ok(r.lines.every((l: any) => l.outcome === 'ALREADY_YOURS' || l.node === null));
  assert.equal(await linksOf(alice.user.id), before, 'no link was made');
  assert.equal(await count(`SELECT count(*) AS n FROM nodes`, []), nodesBefore, 'no node was created');
  assert.equal(await count(`SELECT count(*) AS n FROM activity_events WHERE user_id = $1`, [alice.user.id]), eventsBefore, 'no feed entry');

  // Without the offending line the same list goes through; ALREADY_YOURS does not block it.
  const ok = await assignMany(admin.accessToken, {
    userId: alice.user.id,
    allOrNothing: true,
    lines: [{ identifier: addrs[10] }, { identifier: addrs[11] }, { identifier: addrs[1] }],
  });
  assert.equal(ok.data.assignNodes.applied, true);
  assert.equal(ok.data.assignNodes.assignedCount, 2);
  assert.equal(await linksOf(alice.user.id), before + 2);
});

test('a bulk of 20 records exactly 20 feed entries and 20 NODE_ASSIGNED notices (through ActivityService)', async () => {
  const carol = await registerCustomer(app, 'carol@example.com');
  const lines = addrs.slice(20, 40).map((identifier, i) => ({ identifier, displayName: `carol-${i + 1}` }));
  const res = await assignMany(admin.accessToken, { userId: carol.user.id, lines });
  assert.equal(res.data.assignNodes.assignedCount, 20, JSON.stringify(res.errors));
  assert.equal(await count(`SELECT count(*) AS n FROM activity_events WHERE user_id = $1 AND kind = 'assignment'`, [carol.user.id]), 20);
  assert.equal(await count(`SELECT count(*) AS n FROM activity_events WHERE user_id = $1`, [carol.user.id]), 20, 'and no other events');
  assert.equal(await count(`SELECT count(*) AS n FROM alerts WHERE user_id = $1 AND kind = 'NODE_ASSIGNED'`, [carol.user.id]), 20);
  const mine = await app.gql(`{ myNodes(first: 50) { totalCount } }`, {}, carol.accessToken);
  assert.equal(mine.data.myNodes.totalCount, 20);
  // Re-running the list changes nothing: every line is ALREADY_YOURS, no new events.
  const again = await assignMany(admin.accessToken, { userId: carol.user.id, lines, allOrNothing: true });
  assert.ok(again.data.assignNodes.lines.every((l: any) => l.outcome === 'ALREADY_YOURS'));
  assert.equal(await count(`SELECT count(*) AS n FROM activity_events WHERE user_id = $1`, [carol.user.id]), 20);
});

test('bad input: over 500 lines, no lines, unknown customer → BAD_USER_INPUT naming the field; customers are FORBIDDEN', async () => {
  const tooMany = await assignMany(admin.accessToken, { userId: alice.user.id, lines: Array.from({ length: 501 }, () => ({ identifier: addrs[50] })) });
  assert.equal(code(tooMany), 'BAD_USER_INPUT');
  assert.equal(tooMany.errors![0].extensions!.field, 'input.lines');
  const none = await assignMany(admin.accessToken, { userId: alice.user.id, lines: [] });
  assert.equal(none.errors![0].extensions!.field, 'input.lines');
  const noUser = await assignMany(admin.accessToken, { userId: '00000000-0000-4000-8000-000000000000', lines: [{ identifier: addrs[50] }] });
  assert.equal(noUser.errors![0].extensions!.field, 'input.userId');
  const huge = await assignMany(admin.accessToken, { userId: alice.user.id, lines: [{ identifier: 'g'.repeat(513) }] });
  assert.equal(huge.errors![0].extensions!.field, 'input.lines.0.identifier');
  assert.equal(code(await assignMany(alice.accessToken, { userId: alice.user.id, lines: [{ identifier: addrs[50] }] })), 'FORBIDDEN');
  assert.equal(await count(`SELECT count(*) AS n FROM nodes WHERE identifier = $1`, [addrs[50]]), 0);
});
