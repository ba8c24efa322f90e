import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { parseMail } from '../../../src/modules/notifications/mail-parse.js';
import { DeliveryFailure } from '../../../src/modules/notifications/notification.types.js';
import { code, registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createChannel, outbound, sendThrough, storedChannel } from './notify-helpers.js';

const RU = outbound({
  idempotencyKey: 'alert-ru:chan:OPEN',
  language: 'RU',
  rendered: { title: 'Узел gonka1abc недоступен', message: 'Узел перестал отвечать на проверки.\nВторая строка.', link: 'http://localhost:3000/nodes/n1' },
});

describe('email through the built-in SMTP sink (no SMTP_URL)', () => {
  let app: TestApp;
  let alice: Session;
  let admin: Session;
  before(async () => {
    app = await startTestApp();
    alice = await registerCustomer(app, 'alice-mail@example.com');
    admin = await registerAdmin(app, 'ops-mail@example.com');
  });
  after(() => app.close());

  test('the mail travels over SMTP to the sink and the admin reads it with sinkMail', async () => {
    const { channel } = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'alice-mail@example.com', label: 'Mail' });
    await sendThrough(app, await storedChannel(app, channel.id), RU);
    const res = await app.gql('{ sinkMail(first: 10) { id to subject text receivedAt } }', {}, admin.accessToken);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const [mail] = res.data.sinkMail;
    assert.equal(mail.to, 'alice-mail@example.com');
    assert.equal(mail.subject, 'Узел gonka1abc недоступен');
    assert.equal(mail.text, 'Узел gonka1abc недоступен\n\nУзел перестал отвечать на проверки.\nВторая строка.\n\nhttp://localhost:3000/nodes/n1');
    assert.ok(Date.parse(mail.receivedAt) > Date.now() - 60_000);
    assert.equal(code(await app.gql('{ sinkMail { id } }', {}, alice.accessToken)), 'FORBIDDEN');
  });
});

describe('email through SMTP_URL (a test SMTP server)', () => {
  const raw: Array<{ from: string; to: string[]; data: string; user?: string }> = [];
  let reject = false;
  let smtp: SMTPServer;
  let app: TestApp;
  let alice: Session;
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 500,
      onAuth: (auth, _session, cb) => cb(null, { user: auth.username }),
      onRcptTo: (_address, _session, cb) => (reject ? cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })) : cb()),
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          raw.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data: Buffer.concat(chunks).toString('utf8'),
            user: session.user as string | undefined,
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp({ SMTP_URL: `smtp://mailer:pw@127.0.0.1:${port}?ignoreTLS=true`, MAIL_FROM: 'Alerts <alerts@example.net>' });
    alice = await registerCustomer(app, 'alice-smtp@example.com');
  });
  after(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  test('nodemailer delivers text + html with the idempotency Message-ID; the sink is off', async () => {
    const { channel } = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'alice-smtp@example.com', label: 'Mail' });
    await sendThrough(app, await storedChannel(app, channel.id), outbound());
    assert.equal(raw.length, 1);
    assert.deepEqual([raw[0].from, raw[0].to, raw[0].user], ['alerts@example.net', ['alice-smtp@example.com'], 'mailer']);
    const mail = parseMail(raw[0].data);
    assert.equal(mail.headers.get('message-id'), '<a1b2c3d4-0000-4000-8000-000000000001:c1:OPEN@minegnk>');
    assert.equal(mail.headers.get('from'), 'Alerts <alerts@example.net>');
    assert.equal(mail.subject, 'Node gonka1abc is offline');
    assert.match(mail.text, /It stopped answering health checks\.\n\nhttp:\/\/localhost:3000\/nodes\/n1$/);
    assert.match(mail.html ?? '', /<h2>Node gonka1abc is offline<\/h2>/);
    const admin = await registerAdmin(app, 'ops-smtp@example.com');
    assert.deepEqual((await app.gql('{ sinkMail { id } }', {}, admin.accessToken)).data.sinkMail, []);
  });

  test('a permanent SMTP refusal (5xx) is a non-retryable DeliveryFailure', async () => {
    const { channel } = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'gone@example.com', label: 'Gone' });
    reject = true;
    try {
      await assert.rejects(sendThrough(app, await storedChannel(app, channel.id), outbound()), (e: unknown) => {
        assert.ok(e instanceof DeliveryFailure);
        assert.equal(e.retryable, false);
        assert.match(e.message, /SMTP/);
        return true;
      });
    } finally {
      reject = false;
    }
  });
});
