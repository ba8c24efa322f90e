import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, type Session } from '../../helpers/accounts.js';
import { createRequest, ONE, startSupportWorld, UPDATE } from '../../helpers/support-requests.js';
import type { TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let alice: Session;
let bob: Session;
let admin: Session;
before(async () => {
  ({ app, alice, bob, admin } = await startSupportWorld());
});
after(() => app.close());

const create = (session: Session, input: Record<string, unknown> = {}) => createRequest(app, session, input);

describe('lifecycle', () => {
  test("PENDING → IN_PROGRESS → COMPLETED with notes and an admin assignee; each change is in the owner's feed", async () => {
    const r = await create(bob);
    const started = await app.gql(
      UPDATE,
      { id: r.id, input: { status: 'IN_PROGRESS', assignedToId: admin.user.id, adminNotes: 'VM being created' } },
      admin.accessToken,
    );
    assert.equal(started.errors, undefined, JSON.stringify(started.errors));
    assert.equal(started.data.updateSupportRequest.status, 'IN_PROGRESS');
    assert.equal(started.data.updateSupportRequest.assignedTo.email, admin.user.email);
    assert.equal(started.data.updateSupportRequest.adminNotes, 'VM being created');
    const done = await app.gql(UPDATE, { id: r.id, input: { status: 'COMPLETED' } }, admin.accessToken);
    assert.equal(done.data.updateSupportRequest.status, 'COMPLETED');
    assert.ok(Date.parse(done.data.updateSupportRequest.updatedAt) >= Date.parse(r.updatedAt));
    const seen = await app.gql(ONE, { id: r.id }, bob.accessToken);
    assert.equal(seen.data.supportRequest.adminNotes, 'VM being created', 'the owner sees admin notes');
    const events = await withClient(app.db.url, (c) =>
      c.query(`SELECT kind, message, user_id FROM activity_events WHERE support_request_id = $1 ORDER BY id`, [r.id]),
    );
    assert.deepEqual(
      events.rows.map((e) => e.kind),
      ['request_update', 'status_change', 'assignment', 'request_update', 'status_change'],
    );
    assert.ok(events.rows.every((e) => e.user_id === bob.user.id));
    assert.match(events.rows[4].message, /IN_PROGRESS → COMPLETED/);
  });

  test('PENDING → REJECTED and IN_PROGRESS → REJECTED are allowed', async () => {
    const a = await create(bob);
    assert.equal((await app.gql(UPDATE, { id: a.id, input: { status: 'REJECTED' } }, admin.accessToken)).data.updateSupportRequest.status, 'REJECTED');
    const b = await create(bob);
    await app.gql(UPDATE, { id: b.id, input: { status: 'IN_PROGRESS' } }, admin.accessToken);
    assert.equal((await app.gql(UPDATE, { id: b.id, input: { status: 'REJECTED' } }, admin.accessToken)).data.updateSupportRequest.status, 'REJECTED');
  });

  test('any other transition is INVALID_TRANSITION naming from and to, and changes nothing', async () => {
    const r = await create(bob);
    const skip = await app.gql(UPDATE, { id: r.id, input: { status: 'COMPLETED', adminNotes: 'skipped' } }, admin.accessToken);
    assert.equal(code(skip), 'INVALID_TRANSITION');
    assert.match(skip.errors![0].message, /PENDING to COMPLETED/);
    assert.deepEqual([skip.errors![0].extensions!.from, skip.errors![0].extensions!.to], ['PENDING', 'COMPLETED']);
    assert.equal((await app.gql(ONE, { id: r.id }, admin.accessToken)).data.supportRequest.adminNotes, null);
    await app.gql(UPDATE, { id: r.id, input: { status: 'REJECTED' } }, admin.accessToken);
    for (const to of ['PENDING', 'IN_PROGRESS', 'COMPLETED']) {
      const res = await app.gql(UPDATE, { id: r.id, input: { status: to } }, admin.accessToken);
      assert.equal(code(res), 'INVALID_TRANSITION', `REJECTED → ${to}`);
      assert.match(res.errors![0].message, new RegExp(`REJECTED to ${to}`));
    }
  });

  test('the assignee must be an admin', async () => {
    const r = await create(bob);
    const res = await app.gql(UPDATE, { id: r.id, input: { assignedToId: alice.user.id } }, admin.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT');
    assert.equal(res.errors![0].extensions!.field, 'input.assignedToId');
    const garbage = await app.gql(UPDATE, { id: r.id, input: { assignedToId: 'nope' } }, admin.accessToken);
    assert.equal(garbage.errors![0].extensions!.field, 'input.assignedToId');
    const notes = await app.gql(UPDATE, { id: r.id, input: { adminNotes: 'n'.repeat(2001) } }, admin.accessToken);
    assert.equal(notes.errors![0].extensions!.field, 'input.adminNotes');
  });

  test('concurrent transitions are serialised: IN_PROGRESS and COMPLETED racing never skip a step', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await create(bob);
      const [a, b] = await Promise.all([
        app.gql(UPDATE, { id: r.id, input: { status: 'IN_PROGRESS' } }, admin.accessToken),
        app.gql(UPDATE, { id: r.id, input: { status: 'COMPLETED' } }, admin.accessToken),
      ]);
      assert.equal(a.errors, undefined);
      const final = (await app.gql(ONE, { id: r.id }, admin.accessToken)).data.supportRequest.status;
      if (b.errors) assert.equal(final, 'IN_PROGRESS');
      else assert.equal(final, 'COMPLETED');
      const changes = await withClient(app.db.url, (c) =>
        c.query(`SELECT count(*)::int AS n FROM activity_events WHERE support_request_id = $1 AND kind = 'status_change'`, [r.id]),
      );
      assert.equal(changes.rows[0].n, b.errors ? 1 : 2);
    }
  });
});
