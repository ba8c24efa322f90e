import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ChannelsService } from '../../../src/modules/notifications/channels.service.js';
import { DeliveryFailure } from '../../../src/modules/notifications/notification.types.js';
import { TelegramSender } from '../../../src/modules/notifications/senders/telegram.sender.js';
import { TelegramBotApi } from '../../../src/modules/notifications/telegram-bot-api.js';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createChannel, outbound, startReceiver, storedChannel } from './notify-helpers.js';

let app: TestApp;
let alice: Session;
before(async () => {
  app = await startTestApp();
  alice = await registerCustomer(app, 'alice-recipients@example.com');
});
after(() => app.close());

test('recipientsFor: active channels whose events and minimum severity match, within the user’s preference groups', async () => {
  const all = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'all@example.com', label: 'All', minSeverity: 'INFO' });
  const critical = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'crit@example.com', label: 'Critical', minSeverity: 'CRITICAL' });
  const jailOnly = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'jail@example.com', label: 'Jail', events: ['NODE_JAILED'] });
  await createChannel(app, alice.accessToken, { kind: 'TELEGRAM', target: '', label: 'Pending', minSeverity: 'INFO' });
  const bob = await registerCustomer(app, 'bob-recipients@example.com');
  await createChannel(app, bob.accessToken, { kind: 'EMAIL', target: 'bob@example.com', label: 'Bob', minSeverity: 'INFO' });

  const channels = app.running.app.get(ChannelsService);
  const ids = async (kind: any, severity: any) => (await channels.recipientsFor(alice.user.id, { kind, severity })).map((c) => c.id).sort();
  assert.deepEqual(await ids('NODE_OFFLINE', 'CRITICAL'), [all.channel.id, critical.channel.id].sort());
  assert.deepEqual(await ids('NODE_JAILED', 'WARNING'), [all.channel.id, jailOnly.channel.id].sort());
  assert.deepEqual(await ids('NODE_ASSIGNED', 'INFO'), [all.channel.id]);

  const PREFS = 'mutation ($p: NotificationPreferencesInput!) { updateProfile(input: { notificationPreferences: $p }) { id } }';
  await app.gql(PREFS, { p: { nodeDown: false, assignments: false } }, alice.accessToken);
  assert.deepEqual(await ids('NODE_OFFLINE', 'CRITICAL'), [], 'nodeDown off silences status kinds');
  assert.deepEqual(await ids('NODE_ASSIGNED', 'INFO'), []);
  assert.deepEqual(await ids('EPOCH_AT_RISK', 'CRITICAL'), [all.channel.id, critical.channel.id].sort(), 'other groups still go out');
  const stored = await storedChannel(app, all.channel.id);
  assert.equal(stored.userId, alice.user.id);
});

test('Telegram sendMessage answers: 429 and 5xx are retried, 400 is final, a dead Bot API is retried', async () => {
  let status = 429;
  const api = await startReceiver(() => status);
  const sender = new TelegramSender(new TelegramBotApi(api.url, '123456:abcdefghijklmnopqrstuvwxyz'));
  const channel = {
    ...(await storedChannel(app, (await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'x@example.com', label: 'x' })).channel.id)),
  };
  const linked = { ...channel, kind: 'TELEGRAM' as const, target: '4242', status: 'ACTIVE' as const };
  try {
    for (const [answer, retryable] of [
      [429, true],
      [502, true],
      [400, false],
      [403, false],
    ] as const) {
      status = answer;
      await assert.rejects(sender.send(linked, outbound()), (e: unknown) => e instanceof DeliveryFailure && e.retryable === retryable, `HTTP ${answer}`);
    }
    assert.equal(api.received.at(-1)!.path, '/bot123456:abcdefghijklmnopqrstuvwxyz/sendMessage');
    assert.equal(JSON.parse(api.received.at(-1)!.raw).chat_id, '4242');
  } finally {
    await api.close();
  }
  await assert.rejects(sender.send(linked, outbound()), (e: unknown) => e instanceof DeliveryFailure && e.retryable);
});
