/**
 * `alertChanged` over graphql-ws on /graphql (issue #14): the recipient's open socket gets the alert
 * the moment it is raised — worded in the recipient's language — and nobody else's socket does.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { connectLive, LiveEvents } from '../../helpers/live-client.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { q } from './alerts-helpers.js';

const ALERT_CHANGED = `subscription { alertChanged { id kind severity state title node { id } } }`;

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;

before(async () => {
  app = await startTestApp();
  admin = await registerAdmin(app, 'ops-live@example.com');
  alice = await registerCustomer(app, 'alice-alerts@example.com');
  bob = await registerCustomer(app, 'bob-alerts@example.com');
});
after(() => app?.close());

test('alertChanged: an assignment reaches its customer live, in their language, and no other customer', async () => {
  await q(app, `UPDATE users SET language = 'RU' WHERE id = $1`, [alice.user.id]);
  const a = connectLive(app, { authorization: `Bearer ${alice.accessToken}` });
  const b = connectLive(app, { authorization: `Bearer ${bob.accessToken}` });
  try {
    await Promise.all([a.connected, b.connected]);
    const aliceAlerts = new LiveEvents(a.client, ALERT_CHANGED);
    const bobAlerts = new LiveEvents(b.client, ALERT_CHANGED);
    await new Promise((r) => setTimeout(r, 200)); // the subscribe messages reach the server
    const identifier = app.running.upstreams.simulator!.addresses()[0];
    const assigned = await app.gql(
      `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
      { input: { identifier, identifierType: 'WALLET', userId: alice.user.id, displayName: 'rig-live' } },
      admin.accessToken,
    );
    assert.equal(assigned.errors, undefined, JSON.stringify(assigned.errors));
    const event = await aliceAlerts.next();
    assert.equal(event?.errors, undefined, JSON.stringify(event?.errors));
    const alert = event?.data?.alertChanged;
    assert.deepEqual([alert.kind, alert.state, alert.node.id], ['NODE_ASSIGNED', 'OPEN', assigned.data.assignNode.id]);
    assert.match(alert.title, /rig-live/);
    assert.doesNotMatch(alert.title, / added$/, `worded in Russian: ${alert.title}`);
    assert.equal(await bobAlerts.next(1000), undefined, "another customer's socket hears nothing");
  } finally {
    await Promise.all([a.dispose(), b.dispose()]);
  }
});
