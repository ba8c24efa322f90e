import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ChannelsRepository } from '../../../src/modules/notifications/channels.repository.js';
import { DeliveryFailure } from '../../../src/modules/notifications/notification.types.js';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE, createChannel, outbound, sendThrough, startReceiver, storedChannel } from './notify-helpers.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), SIMULATOR: 'off' };

describe('production: outbound targets on private addresses are refused (SSRF)', () => {
  let app: TestApp;
  let alice: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    app = await startTestApp(PRODUCTION);
    alice = await registerCustomer(app, 'alice-ssrf@example.com');
    receiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
    await app.close();
  });

  test('loopback, private, link-local, IPv6 loopback and localhost names: BAD_USER_INPUT on input.target', async () => {
    for (const target of [
      `${receiver.url}/hook`,
      'http://localhost:8080/hook',
      'http://10.0.0.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]:8080/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://0.0.0.0/hook',
    ]) {
      const res = await app.gql(CREATE, { input: { kind: 'WEBHOOK', target, label: 'x' } }, alice.accessToken);
      assert.equal(code(res), 'BAD_USER_INPUT', target);
      assert.equal(res.errors![0].extensions!.field, 'input.target', target);
      assert.match(res.errors![0].message, /private|loopback/, target);
    }
    assert.equal(receiver.received.length, 0, 'nothing was called');
  });

  test('Discord targets must be discord.com webhooks; Telegram without a token cannot be added', async () => {
    const discord = await app.gql(CREATE, { input: { kind: 'DISCORD', target: 'https://8.8.8.8/api/webhooks/1/x', label: 'd' } }, alice.accessToken);
    assert.equal(discord.errors![0].extensions!.field, 'input.target');
    assert.match(discord.errors![0].message, /discord\.com\/api\/webhooks/);
    const telegram = await app.gql(CREATE, { input: { kind: 'TELEGRAM', target: '', label: 't' } }, alice.accessToken);
    assert.equal(telegram.errors![0].extensions!.field, 'input.kind');
  });

  test('the guard is re-checked at send time: a stored private target is a final failure and is not called', async () => {
    const stored = await app.running.app.get(ChannelsRepository).insert({
      userId: alice.user.id,
      kind: 'WEBHOOK',
      target: `${receiver.url}/hook`,
      label: 'from before',
      status: 'ACTIVE',
      minSeverity: 'INFO',
      events: null,
      secret: 'f'.repeat(64),
      linkCode: null,
      linkExpiresAt: null,
    });
    await assert.rejects(sendThrough(app, stored, outbound()), (e: unknown) => e instanceof DeliveryFailure && !e.retryable && /refused/.test(e.message));
    assert.equal(receiver.received.length, 0);
  });
});

describe('production with NOTIFY_ALLOW_PRIVATE_TARGETS=true', () => {
  let app: TestApp;
  let bob: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    app = await startTestApp({ ...PRODUCTION, NOTIFY_ALLOW_PRIVATE_TARGETS: 'true' });
    bob = await registerCustomer(app, 'bob-ssrf@example.com');
    receiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
    await app.close();
  });

  test('a loopback receiver may be added and is delivered to', async () => {
    const { channel } = await createChannel(app, bob.accessToken, { kind: 'WEBHOOK', target: `${receiver.url}/internal`, label: 'Internal' });
    await sendThrough(app, await storedChannel(app, channel.id), outbound());
    assert.equal(receiver.received.length, 1);
    assert.equal(receiver.received[0].path, '/internal');
  });
});
