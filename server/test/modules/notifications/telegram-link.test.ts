import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DeliveryFailure } from '../../../src/modules/notifications/notification.types.js';
import { FAKE_BOT_TOKEN } from '../../../src/simulator/telegram/fake-bot-api.js';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { createChannel, LIST, outbound, sendThrough, storedChannel } from './notify-helpers.js';

const sim = (app: TestApp) => app.running.upstreams.simulator!.url;

async function simCall(app: TestApp, path: string, body?: unknown): Promise<any> {
  const res = await fetch(
    `${sim(app)}${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  return res.json();
}

const sentTo = async (app: TestApp, chatId: number): Promise<Array<{ text: string }>> =>
  (await simCall(app, `/__sim/telegram/messages?chat_id=${chatId}`)).messages;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function channelOf(app: TestApp, token: string, id: string) {
  return (await app.gql(LIST, {}, token)).data.notificationChannels.find((c: any) => c.id === id);
}

async function pendingTelegram(app: TestApp, token: string) {
  const { channel, secret } = await createChannel(app, token, { kind: 'TELEGRAM', target: '', label: 'Phone', minSeverity: 'INFO' });
  assert.equal(secret, null);
  assert.equal(channel.status, 'PENDING_LINK');
  const link = /^https:\/\/t\.me\/MineGNKDemoBot\?start=([\w-]{20,64})$/.exec(channel.telegramLinkUrl);
  assert.ok(link, channel.telegramLinkUrl);
  return { channel, code: link[1] };
}

describe('Telegram linking by long polling against the simulator’s fake Bot API', () => {
  let app: TestApp;
  let alice: Session;
  before(async () => {
    app = await startTestApp();
    alice = await registerCustomer(app, 'alice-tg@example.com');
    const ru = await app.gql('mutation { updateProfile(input: { language: RU }) { language } }', {}, alice.accessToken);
    assert.equal(ru.data.updateProfile.language, 'RU');
  });
  after(() => app.close());

  test('/start <code> links the chat, the bot answers in the account’s language, alerts reach the chat', async () => {
    const { channel, code: linkCode } = await pendingTelegram(app, alice.accessToken);
    // The Telegram client is English; the account is Russian: the account wins once linked.
    await simCall(app, '/__sim/telegram/updates', { chatId: 4242, text: `/start ${linkCode}`, languageCode: 'en' });
    const active = await waitFor('the channel to be linked', async () => {
      const c = await channelOf(app, alice.accessToken, channel.id);
      return c.status === 'ACTIVE' ? c : undefined;
    });
    assert.equal(active.target, '4242');
    assert.equal(active.telegramLinkUrl, null);
    const [reply] = await waitFor('the reply', async () => ((await sentTo(app, 4242)).length ? sentTo(app, 4242) : undefined));
    assert.match(reply.text, /^Готово: оповещения MineGNK для «Phone»/);

    await sendThrough(
      app,
      await storedChannel(app, channel.id),
      outbound({ language: 'RU', rendered: { title: 'Узел недоступен', message: 'Проверьте узел.', link: null } }),
    );
    const messages = await sentTo(app, 4242);
    assert.equal(messages.at(-1)!.text, 'Узел недоступен\n\nПроверьте узел.');
  });

  test('a code works once; a used, unknown or missing code gets a hint in the client’s language', async () => {
    const { channel, code: linkCode } = await pendingTelegram(app, alice.accessToken);
    await simCall(app, '/__sim/telegram/updates', { chatId: 5151, text: `/start ${linkCode}`, languageCode: 'ru' });
    await waitFor('the link', async () => ((await channelOf(app, alice.accessToken, channel.id)).status === 'ACTIVE' ? true : undefined));
    await simCall(app, '/__sim/telegram/updates', { chatId: 6161, text: `/start ${linkCode}`, languageCode: 'en' });
    await simCall(app, '/__sim/telegram/updates', { chatId: 6161, text: '/start', languageCode: 'ru' });
    const hints = await waitFor('two hints', async () => {
      const m = await sentTo(app, 6161);
      return m.length >= 2 ? m : undefined;
    });
    assert.match(hints[0].text, /^This link is invalid or has expired/);
    assert.match(hints[1].text, /^Чтобы получать оповещения MineGNK здесь/);
    assert.equal((await channelOf(app, alice.accessToken, channel.id)).target, '5151', 'the replayed code did not move the channel');
  });

  test('an expired code links nothing; the channel list then shows a fresh link that works', async () => {
    const { channel, code: old } = await pendingTelegram(app, alice.accessToken);
    await withClient(app.db.url, (c) => c.query(`UPDATE notification_channels SET link_expires_at = now() - interval '1 second' WHERE id = $1`, [channel.id]));
    await simCall(app, '/__sim/telegram/updates', { chatId: 9191, text: `/start ${old}` });
    await waitFor('the hint', async () => ((await sentTo(app, 9191)).length ? true : undefined));
    const pending = await channelOf(app, alice.accessToken, channel.id);
    assert.equal(pending.status, 'PENDING_LINK');
    const fresh = /start=([\w-]+)$/.exec(pending.telegramLinkUrl)![1];
    assert.notEqual(fresh, old);
    await simCall(app, '/__sim/telegram/updates', { chatId: 9191, text: `/start ${fresh}` });
    await waitFor('the link', async () => ((await channelOf(app, alice.accessToken, channel.id)).status === 'ACTIVE' ? true : undefined));
  });

  test('a chat that blocked the bot is a final failure; an unlinked channel is not sent to', async () => {
    const { channel, code: linkCode } = await pendingTelegram(app, alice.accessToken);
    await assert.rejects(sendThrough(app, await storedChannel(app, channel.id), outbound()), (e: unknown) => e instanceof DeliveryFailure && !e.retryable);
    await simCall(app, '/__sim/telegram/updates', { chatId: 7171, text: `/start ${linkCode}` });
    await waitFor('the link', async () => ((await channelOf(app, alice.accessToken, channel.id)).status === 'ACTIVE' ? true : undefined));
    await simCall(app, '/__sim/telegram/chats/7171', { blocked: true });
    await assert.rejects(sendThrough(app, await storedChannel(app, channel.id), outbound()), (e: unknown) => {
      assert.ok(e instanceof DeliveryFailure);
      assert.equal(e.retryable, false);
      assert.match(e.message, /blocked/);
      return true;
    });
  });

  test('the fake Bot API answers like Telegram: 401 for a bad token, the bot for getMe', async () => {
    const bad = await fetch(`${sim(app)}/telegram/botnope/getMe`);
    assert.equal(bad.status, 401);
    const me = (await (await fetch(`${sim(app)}/telegram/bot${FAKE_BOT_TOKEN}/getMe`)).json()) as { ok: boolean; result: { username: string } };
    assert.deepEqual([me.ok, me.result.username], [true, 'MineGNKDemoBot']);
  });
});

describe('Telegram linking by webhook (TELEGRAM_WEBHOOK_URL)', () => {
  let app: TestApp;
  let bob: Session;
  before(async () => {
    app = await startTestApp({ TELEGRAM_WEBHOOK_URL: 'https://portal.example.com/' });
    bob = await registerCustomer(app, 'bob-tg@example.com');
  });
  after(() => app.close());

  test('the app registers its webhook; Telegram’s POST with the secret links the chat, a forged one is 404', async () => {
    const { webhook } = await simCall(app, '/__sim/telegram/webhook');
    const hook = /^https:\/\/portal\.example\.com\/telegram\/webhook\/([0-9a-f]{48})$/.exec(webhook.url);
    assert.ok(hook, webhook.url);
    assert.equal(webhook.secret_token, hook[1]);
    const polled = await fetch(`${sim(app)}/telegram/bot${FAKE_BOT_TOKEN}/getUpdates`, { method: 'POST' });
    assert.equal(polled.status, 409, 'no long polling while the webhook is set');

    // Point the fake's webhook at this app (what the public URL's reverse proxy would do), then let it push.
    const local = `${app.url}/telegram/webhook/${hook[1]}`;
    await simCall(app, `/telegram/bot${FAKE_BOT_TOKEN}/setWebhook`, { url: local, secret_token: webhook.secret_token });
    const { channel, code: linkCode } = await pendingTelegram(app, bob.accessToken);
    await simCall(app, '/__sim/telegram/updates', { chatId: 8181, text: `/start ${linkCode}` });
    await waitFor('the link', async () => ((await channelOf(app, bob.accessToken, channel.id)).status === 'ACTIVE' ? true : undefined));
    // The app links the chat while it handles the push; the fake records the push once the answer is back.
    const push = await waitFor('the push recorded', async () => (await simCall(app, '/__sim/telegram/webhook')).last_push ?? undefined);
    assert.equal(push.status, 200);
    const [reply] = await sentTo(app, 8181);
    assert.match(reply.text, /^Linked: MineGNK alerts for “Phone”/);

    const update = { update_id: 99, message: { text: '/start x', chat: { id: 1 } } };
    const forged = await fetch(`${app.url}/telegram/webhook/${hook[1]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(update),
    });
    assert.equal(forged.status, 404, 'without the secret header');
    const wrongPath = await fetch(`${app.url}/telegram/webhook/${'0'.repeat(48)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhook.secret_token },
      body: JSON.stringify(update),
    });
    assert.equal(wrongPath.status, 404);
    assert.equal(code(await app.gql(LIST)), 'UNAUTHENTICATED');
  });
});
