import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TelegramLinkService } from '../../../src/modules/notifications/telegram-link.service.js';
import { TelegramPoller } from '../../../src/modules/notifications/telegram-poller.js';
import { type RunningSimulator, startSimulator } from '../../../src/simulator/index.js';
import { FAKE_BOT_TOKEN } from '../../../src/simulator/telegram/fake-bot-api.js';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startReplicas } from '../../helpers/replicas.js';
import type { TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { createChannel, LIST, outbound, sendThrough, storedChannel } from './notify-helpers.js';

// Production waits 15 s between tries; the takeover below must happen within this shorter period.
const RETRY_MS = 2_000;
TelegramPoller.lockRetryMs = RETRY_MS;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const polling = (app: TestApp) => app.running.app.get(TelegramLinkService).polling;

describe('Telegram long polling with two replicas: one polls at a time, the other takes over', () => {
  // Telegram is one service outside the deployment: one fake Bot API for both replicas, and it
  // outlives the replica that is stopped (each test app closes its own simulator with it).
  let telegram: RunningSimulator;
  let replicas: Awaited<ReturnType<typeof startReplicas>>;
  let alice: Session;
  const botApi = async (path: string, body?: unknown): Promise<any> => {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return (await fetch(`${telegram.url}${path}`, init)).json();
  };
  const linkThrough = async (app: TestApp, chatId: number, timeoutMs: number) => {
    const { channel } = await createChannel(app, alice.accessToken, { kind: 'TELEGRAM', target: '', label: `Chat ${chatId}`, minSeverity: 'INFO' });
    const code = /start=([\w-]+)$/.exec(channel.telegramLinkUrl)![1];
    await botApi('/__sim/telegram/updates', { chatId, text: `/start ${code}` });
    return waitFor(
      `chat ${chatId} to be linked`,
      async () => {
        const c = (await app.gql(LIST, {}, alice.accessToken)).data.notificationChannels.find((x: any) => x.id === channel.id);
        return c.status === 'ACTIVE' ? c : undefined;
      },
      timeoutMs,
    );
  };

  before(async () => {
    telegram = await startSimulator({ port: 0, participants: 5 });
    replicas = await startReplicas({ TELEGRAM_BOT_TOKEN: FAKE_BOT_TOKEN, TELEGRAM_API_URL: telegram.telegramApiUrl });
    alice = await registerCustomer(replicas.a, 'alice-poller@example.com');
  });
  after(async () => {
    await replicas?.close();
    await telegram?.close();
  });

  test('exactly one replica polls; a /start update links the chat; both replicas send; no 409 conflicts', async () => {
    const { a, b } = replicas;
    await waitFor('a replica to poll', async () => ((await botApi('/__sim/telegram/stats')).waiting === 1 ? true : undefined));
    // Two lock retries of the other replica: it must stay out of getUpdates.
    await new Promise((r) => setTimeout(r, 2 * RETRY_MS + 500));
    const early = await botApi('/__sim/telegram/stats');
    assert.equal(early.conflicts, 0, `no getUpdates was terminated by another (${JSON.stringify(early)})`);
    assert.equal([a, b].filter(polling).length, 1, 'exactly one replica polls');

    const linked = await linkThrough(b, 4242, 10_000);
    assert.equal(linked.target, '4242');
    for (const app of [a, b])
      await sendThrough(app, await storedChannel(app, linked.id), outbound({ rendered: { title: `from ${app.url}`, message: 'm', link: null } }));
    const sent: Array<{ text: string }> = (await botApi('/__sim/telegram/messages?chat_id=4242')).messages;
    for (const app of [a, b])
      assert.ok(
        sent.some((m) => m.text.startsWith(`from ${app.url}`)),
        `replica ${app.url} delivers`,
      );

    const stats = await botApi('/__sim/telegram/stats');
    assert.ok(stats.getUpdates >= 1, JSON.stringify(stats));
    assert.equal(stats.conflicts, 0, `no getUpdates was terminated by another (${JSON.stringify(stats)})`);
    assert.equal([a, b].filter(polling).length, 1, 'still exactly one replica polls');
  });

  test('when the lock’s connection breaks, the poller drops it and takes the lock again on a new one', async () => {
    const holder = () =>
      withClient(replicas.a.db.url, async (c) => {
        const { rows } = await c.query(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        return rows.length === 1 ? (rows[0].pid as number) : undefined;
      });
    const before = await waitFor('the lock holder', holder);
    await withClient(replicas.a.db.url, (c) => c.query('SELECT pg_terminate_backend($1)', [before]));
    await waitFor('a new lock holder', async () => {
      const pid = await holder();
      return pid !== undefined && pid !== before ? pid : undefined;
    });
    await linkThrough(replicas.a, 4343, RETRY_MS + 5_000);
    assert.equal([replicas.a, replicas.b].filter(polling).length, 1, 'exactly one replica polls');
    const stats = await botApi('/__sim/telegram/stats');
    assert.equal(stats.conflicts, 0, JSON.stringify(stats));
  });

  test('when the polling replica stops, the other takes over within the retry period', async () => {
    const { a, b } = replicas;
    const [poller, other] = polling(a) ? [a, b] : [b, a];
    assert.ok(polling(poller) && !polling(other));
    // Its app only: the database (owned by replica a) must stay for the other replica.
    await poller.running.close();
    const stoppedAt = Date.now();
    await linkThrough(other, 5151, RETRY_MS + 5_000);
    assert.ok(Date.now() - stoppedAt < RETRY_MS + 5_000);
    assert.equal(polling(other), true);
    const stats = await botApi('/__sim/telegram/stats');
    assert.equal(stats.conflicts, 0, JSON.stringify(stats));
  });
});
