// An incident scripted through the simulator reaches the demo customer everywhere (issue #14's
// "done when"): a healthy node is scripted OFFLINE (`POST /__sim/hosts/{address}`); after the
// refreshes its status must hold (flap suppression) the alert opens and arrives live in the open
// page's bell, in the demo mail sink (Admin → Mail sink, read here through `sinkMail`) and, signed,
// in the simulator's webhook sink.
import assert from 'node:assert/strict';
import { gql, login } from './api.mjs';

const WAIT_MS = 240_000;

async function eventually(what, probe) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${WAIT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** The page is signed in as `customer` (on the dashboard); returns the scripted node's name. */
export async function incidentReachesEveryone({ page, base, simulatorUrl, customer, admin, shot }) {
  const token = await login(base, customer);
  const { myNodes } = await gql(base, '{ myNodes(first: 50) { nodes { identifier displayName status } } }', token);
  const node = myNodes.nodes.find((n) => n.status === 'HEALTHY');
  assert.ok(node, 'a healthy demo node to script');
  const scripted = await fetch(`${simulatorUrl}/__sim/hosts/${node.identifier}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offline: true }),
  });
  assert.equal(scripted.status, 200);
  const title = `${node.displayName} is offline`;

  // The bell: no reload — the alert arrives over the live socket (or the bell's fallback poll).
  await eventually(
    'the bell counts it',
    async () =>
      (await page
        .getByTestId('bell-count')
        .textContent()
        .catch(() => '')) !== '',
  );
  await page.getByTestId('alert-bell').click();
  await page.getByTestId('alert-item').filter({ hasText: title }).first().waitFor({ timeout: WAIT_MS });
  await shot('20-bell-incident');
  await page.keyboard.press('Escape');

  const adminToken = await login(base, admin);
  const mail = await eventually('the mail sink has it', async () => {
    const { sinkMail } = await gql(base, '{ sinkMail(first: 50) { to subject } }', adminToken);
    return sinkMail.find((m) => m.subject === title);
  });
  assert.equal(mail.to, customer.email);
  const hook = await eventually('the webhook sink has it', async () => {
    const { received } = await (await fetch(`${simulatorUrl}/__sim/webhook-sink/demo-customer`)).json();
    return received.find((r) => r.body.title === title && r.body.state === 'open');
  });
  assert.equal(hook.signatureValid, true, 'signed with the channel secret');
  assert.deepEqual([hook.body.kind, hook.body.severity, hook.body.node.identifier], ['NODE_OFFLINE', 'CRITICAL', node.identifier]);
  await fetch(`${simulatorUrl}/__sim/hosts/${node.identifier}`, { method: 'DELETE' });
  return node.displayName;
}
