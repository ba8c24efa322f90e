import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { telegram discord currencyPreference notificationPreferences { nodeDown earningsDrop requestUpdates } }
}`;
const ME = '{ me { telegram discord currencyPreference notificationPreferences { nodeDown earningsDrop requestUpdates } } }';
const ALL_ON = { nodeDown: true, earningsDrop: true, requestUpdates: true };
const ALL_OFF = { nodeDown: false, earningsDrop: false, requestUpdates: false };
const TRIALS = 20;

let app: TestApp;
let alice: Session;
before(async () => {
  app = await startTestApp();
  alice = await registerCustomer(app, 'alice@example.com');
});
after(() => app.close());

async function update(input: Record<string, unknown>): Promise<void> {
  const res = await app.gql(UPDATE, { input }, alice.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
}

async function me(): Promise<any> {
  const res = await app.gql(ME, {}, alice.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.me;
}

test(`parallel partial notification-preference updates are all kept (${TRIALS} trials)`, async () => {
  const lost: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await update({ notificationPreferences: ALL_ON });
    await Promise.all([
      update({ notificationPreferences: { nodeDown: false } }),
      update({ notificationPreferences: { earningsDrop: false } }),
      update({ notificationPreferences: { requestUpdates: false } }),
    ]);
    const prefs = (await me()).notificationPreferences;
    if (JSON.stringify(prefs) !== JSON.stringify(ALL_OFF)) lost.push(trial);
  }
  assert.deepEqual(lost, [], `trials where a partial update was lost: ${lost.join(', ')}`);
});

test('parallel updates of different profile fields do not clobber each other', async () => {
  const lost: number[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    await update({ telegram: null, discord: null, currencyPreference: 'USD', notificationPreferences: ALL_ON });
    await Promise.all([
      update({ telegram: `@t${trial}` }),
      update({ discord: `d#${trial}` }),
      update({ currencyPreference: 'EUR' }),
      update({ notificationPreferences: { nodeDown: false } }),
      update({ notificationPreferences: { earningsDrop: false, requestUpdates: false } }),
    ]);
    const got = await me();
    const want = { telegram: `@t${trial}`, discord: `d#${trial}`, currencyPreference: 'EUR', notificationPreferences: ALL_OFF };
    if (JSON.stringify(got) !== JSON.stringify(want)) lost.push(trial);
  }
  assert.deepEqual(lost, [], `trials where an update was lost: ${lost.join(', ')}`);
});
