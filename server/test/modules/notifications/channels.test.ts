import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { code, registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE, createChannel, DELETE, LIST, UPDATE } from './notify-helpers.js';

let app: TestApp;
let alice: Session;
let bob: Session;
before(async () => {
  app = await startTestApp();
  alice = await registerCustomer(app, 'alice-channels@example.com');
  bob = await registerCustomer(app, 'bob-channels@example.com');
});
after(() => app.close());

const field = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.field;

test('create, list, update and delete channels; webhook URLs are masked and the secret is shown once', async () => {
  const email = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: ' alice@example.com ', label: ' Mail ' });
  assert.equal(email.secret, null);
  assert.deepEqual(
    { kind: email.channel.kind, target: email.channel.target, label: email.channel.label, status: email.channel.status },
    { kind: 'EMAIL', target: 'alice@example.com', label: 'Mail', status: 'ACTIVE' },
  );
  assert.equal(email.channel.minSeverity, 'WARNING');
  assert.equal(email.channel.events, null);

  const hook = await createChannel(app, alice.accessToken, {
    kind: 'WEBHOOK',
    target: 'http://127.0.0.1:9/hooks/secret-token?x=1',
    label: 'Ops',
    minSeverity: 'CRITICAL',
    events: ['NODE_OFFLINE', 'NODE_JAILED', 'NODE_OFFLINE'],
  });
  assert.match(hook.secret!, /^[0-9a-f]{64}$/);
  assert.equal(hook.channel.target, 'http://127.0.0.1:9/…');
  assert.deepEqual(hook.channel.events, ['NODE_OFFLINE', 'NODE_JAILED']);

  const list = await app.gql(LIST, {}, alice.accessToken);
  assert.deepEqual(
    list.data.notificationChannels.map((c: any) => c.id),
    [email.channel.id, hook.channel.id],
  );
  assert.ok(!JSON.stringify(list.data).includes(hook.secret!), 'the secret never appears again');
  assert.ok(!JSON.stringify(list.data).includes('secret-token'), 'the URL path is not shown');

  const updated = await app.gql(UPDATE, { input: { id: hook.channel.id, label: 'Ops 2', events: null } }, alice.accessToken);
  assert.equal(updated.errors, undefined, JSON.stringify(updated.errors));
  assert.deepEqual(
    {
      label: updated.data.updateNotificationChannel.label,
      events: updated.data.updateNotificationChannel.events,
      min: updated.data.updateNotificationChannel.minSeverity,
    },
    { label: 'Ops 2', events: null, min: 'CRITICAL' },
  );
  const deleted = await app.gql(DELETE, { id: email.channel.id }, alice.accessToken);
  assert.equal(deleted.data.deleteNotificationChannel, true);
  assert.equal((await app.gql(LIST, {}, alice.accessToken)).data.notificationChannels.length, 1);
});

test('another user can neither see, change nor delete the channel: NOT_FOUND', async () => {
  const own = await createChannel(app, alice.accessToken, { kind: 'EMAIL', target: 'alice+b@example.com', label: 'Private' });
  const bobs = await app.gql(LIST, {}, bob.accessToken);
  assert.deepEqual(bobs.data.notificationChannels, []);
  assert.equal(code(await app.gql(DELETE, { id: own.channel.id }, bob.accessToken)), 'NOT_FOUND');
  assert.equal(code(await app.gql(UPDATE, { input: { id: own.channel.id, label: 'mine now' } }, bob.accessToken)), 'NOT_FOUND');
  assert.equal(code(await app.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, alice.accessToken)), 'NOT_FOUND');
  assert.equal(code(await app.gql(DELETE, { id: 'nope' }, alice.accessToken)), 'BAD_USER_INPUT');
  assert.equal(code(await app.gql(LIST)), 'UNAUTHENTICATED');
  const still = await app.gql(LIST, {}, alice.accessToken);
  assert.ok(still.data.notificationChannels.some((c: any) => c.id === own.channel.id && c.label === 'Private'));
});

test('validation: BAD_USER_INPUT naming the field', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ kind: 'EMAIL', target: 'not-an-email', label: 'x' }, 'input.target'],
    [{ kind: 'WEBHOOK', target: 'ftp://example.com/hook', label: 'x' }, 'input.target'],
    [{ kind: 'WEBHOOK', target: 'javascript:alert(1)', label: 'x' }, 'input.target'],
    [{ kind: 'DISCORD', target: 'discord', label: 'x' }, 'input.target'],
    [{ kind: 'TELEGRAM', target: '12345', label: 'x' }, 'input.target'],
    [{ kind: 'EMAIL', target: 'a@example.com', label: '   ' }, 'input.label'],
    [{ kind: 'EMAIL', target: 'a@example.com', label: 'l'.repeat(65) }, 'input.label'],
    [{ kind: 'EMAIL', target: 'a@example.com', label: 'x', events: [] }, 'input.events'],
  ];
  for (const [input, expected] of cases) {
    const res = await app.gql(CREATE, { input }, bob.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT', JSON.stringify(input));
    assert.equal(field(res), expected, JSON.stringify(input));
  }
  const badUpdate = await app.gql(UPDATE, { input: { id: 'x', label: 'y' } }, bob.accessToken);
  assert.equal(field(badUpdate), 'input.id');
  assert.deepEqual((await app.gql(LIST, {}, bob.accessToken)).data.notificationChannels, []);
});

test('at most 10 channels per account, also when created concurrently', async () => {
  const carol = await registerCustomer(app, 'carol-channels@example.com');
  const attempts = await Promise.all(
    Array.from({ length: 14 }, (_, i) => app.gql(CREATE, { input: { kind: 'EMAIL', target: `c${i}@example.com`, label: `c${i}` } }, carol.accessToken)),
  );
  assert.equal(attempts.filter((r) => !r.errors).length, 10);
  const refused = attempts.filter((r) => r.errors);
  assert.ok(refused.every((r) => code(r) === 'BAD_USER_INPUT'));
  assert.equal((await app.gql(LIST, {}, carol.accessToken)).data.notificationChannels.length, 10);
});

test('profile: language and alert rules, bounded, merged like the preferences', async () => {
  const ME =
    '{ me { language alertRules { holdRefreshes claimWindowHours earningsDropShare reminderMinutes } notificationPreferences { epochGuard assignments system } } }';
  const before = await app.gql(ME, {}, bob.accessToken);
  assert.deepEqual(before.data.me, {
    language: 'EN',
    alertRules: { holdRefreshes: 2, claimWindowHours: 6, earningsDropShare: 0.5, reminderMinutes: null },
    notificationPreferences: { epochGuard: true, assignments: true, system: true },
  });
  const PROFILE =
    'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { language alertRules { holdRefreshes claimWindowHours earningsDropShare reminderMinutes } } }';
  const [a, b] = await Promise.all([
    app.gql(PROFILE, { input: { language: 'RU', alertRules: { holdRefreshes: 3 } } }, bob.accessToken),
    app.gql(PROFILE, { input: { alertRules: { reminderMinutes: 30, earningsDropShare: 0.25 } } }, bob.accessToken),
  ]);
  assert.equal(a.errors ?? b.errors, undefined);
  const after = await app.gql(ME, {}, bob.accessToken);
  assert.deepEqual(after.data.me.alertRules, { holdRefreshes: 3, claimWindowHours: 6, earningsDropShare: 0.25, reminderMinutes: 30 });
  assert.equal(after.data.me.language, 'RU');
  const off = await app.gql(PROFILE, { input: { alertRules: { reminderMinutes: null } } }, bob.accessToken);
  assert.equal(off.data.updateProfile.alertRules.reminderMinutes, null);
  assert.equal(off.data.updateProfile.alertRules.holdRefreshes, 3);

  for (const [rules, name] of [
    [{ holdRefreshes: 0 }, 'holdRefreshes'],
    [{ holdRefreshes: 11 }, 'holdRefreshes'],
    [{ claimWindowHours: 73 }, 'claimWindowHours'],
    [{ earningsDropShare: 0.99 }, 'earningsDropShare'],
    [{ reminderMinutes: 5 }, 'reminderMinutes'],
  ] as const) {
    const res = await app.gql(PROFILE, { input: { alertRules: rules } }, bob.accessToken);
    assert.equal(code(res), 'BAD_USER_INPUT');
    assert.equal(field(res), `input.alertRules.${name}`);
  }
});

test('sinkMail is for admins only', async () => {
  const res = await app.gql('{ sinkMail(first: 5) { id } }', {}, alice.accessToken);
  assert.equal(code(res), 'FORBIDDEN');
  const admin = await registerAdmin(app, 'ops-channels@example.com');
  const ok = await app.gql('{ sinkMail(first: 5) { id to subject text receivedAt } }', {}, admin.accessToken);
  assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
  assert.ok(Array.isArray(ok.data.sinkMail));
});
