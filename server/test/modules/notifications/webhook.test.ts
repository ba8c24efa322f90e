import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { after, before, test } from 'node:test';
import { DeliveryFailure } from '../../../src/modules/notifications/notification.types.js';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createChannel, outbound, sendThrough, startReceiver, storedChannel } from './notify-helpers.js';

let app: TestApp;
let alice: Session;
let status = 204;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
before(async () => {
  app = await startTestApp();
  alice = await registerCustomer(app, 'alice-hooks@example.com');
  receiver = await startReceiver(() => status);
});
after(async () => {
  await receiver.close();
  await app.close();
});

/** What an integrator runs (the README's snippet): HMAC-SHA256 of the raw body with the secret, compared in constant time. */
function verify(secret: string, rawBody: string, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const failure = async (send: Promise<void>): Promise<DeliveryFailure> => {
  try {
    await send;
  } catch (e) {
    assert.ok(e instanceof DeliveryFailure, String(e));
    return e;
  }
  throw new Error('expected a DeliveryFailure');
};

test('webhook: the contract body, signed with the secret shown once, with Idempotency-Key and the event', async () => {
  const { channel, secret } = await createChannel(app, alice.accessToken, { kind: 'WEBHOOK', target: `${receiver.url}/hook?team=ops`, label: 'Ops' });
  const message = outbound();
  await sendThrough(app, await storedChannel(app, channel.id), message);
  const got = receiver.received.at(-1)!;
  assert.equal(got.path, '/hook?team=ops');
  assert.equal(got.headers['content-type'], 'application/json');
  assert.ok(verify(secret!, got.raw, got.headers['x-minegnk-signature'] as string), 'signature verifies with the secret');
  assert.ok(!verify('0'.repeat(64), got.raw, got.headers['x-minegnk-signature'] as string), 'and not with another key');
  assert.equal(got.headers['idempotency-key'], message.idempotencyKey);
  assert.equal(got.headers['x-minegnk-event'], 'open');
  assert.deepEqual(JSON.parse(got.raw), message.body);
  assert.deepEqual(Object.keys(JSON.parse(got.raw)), ['id', 'kind', 'severity', 'state', 'occurredAt', 'title', 'message', 'node']);
});

test('webhook answers: 408/429/5xx are retried, other 4xx and redirects are final, a dead receiver is retried', async () => {
  const { channel } = await createChannel(app, alice.accessToken, { kind: 'WEBHOOK', target: `${receiver.url}/hook`, label: 'Flaky' });
  const stored = await storedChannel(app, channel.id);
  for (const [answer, retryable] of [
    [500, true],
    [503, true],
    [429, true],
    [408, true],
    [400, false],
    [404, false],
    [410, false],
    [302, false],
  ] as const) {
    status = answer;
    const e = await failure(sendThrough(app, stored, outbound()));
    assert.equal(e.retryable, retryable, `HTTP ${answer}`);
    assert.match(e.message, new RegExp(`HTTP ${answer}`));
  }
  status = 204;
  const dead = await startReceiver();
  const url = dead.url;
  await dead.close();
  const gone = await createChannel(app, alice.accessToken, { kind: 'WEBHOOK', target: `${url}/hook`, label: 'Dead' });
  const e = await failure(sendThrough(app, await storedChannel(app, gone.channel.id), outbound()));
  assert.equal(e.retryable, true);
  assert.match(e.message, /network/);
});

test('discord: {content} with mentions disabled and the Idempotency-Key; 429 is retried', async () => {
  const { channel, secret } = await createChannel(app, alice.accessToken, { kind: 'DISCORD', target: `${receiver.url}/api/webhooks/1/tok`, label: 'Discord' });
  assert.equal(secret, null);
  assert.equal(channel.target, `${receiver.url}/…`);
  const stored = await storedChannel(app, channel.id);
  await sendThrough(app, stored, outbound({ rendered: { title: 'Down @everyone', message: 'Check it.', link: null } }));
  const got = receiver.received.at(-1)!;
  assert.equal(got.path, '/api/webhooks/1/tok');
  assert.deepEqual(JSON.parse(got.raw), { content: '**Down @everyone**\nCheck it.', allowed_mentions: { parse: [] } });
  assert.equal(got.headers['idempotency-key'], outbound().idempotencyKey);
  status = 429;
  try {
    assert.equal((await failure(sendThrough(app, stored, outbound()))).retryable, true);
  } finally {
    status = 204;
  }
});
