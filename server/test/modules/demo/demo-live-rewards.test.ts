/**
 * The demo's live epochs last minutes; each pays its share of a day (the simulator's
 * liveRewardsScaled), so once the add-node form's window holds only live epochs its GNK/day is still
 * a day's reward, not a day's reward every few minutes (it read ~480× too much before).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_ACCOUNTS } from '../../../src/modules/demo/demo-seed.service.js';
import { EXPECTATION_EPOCHS } from '../../../src/modules/expected-earnings/expected-earnings.service.js';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const ASK = `{ expectedEarnings(gpuModel: "H100 80GB", quantity: 4) {
  unavailableReason expected { perEpoch perDay basis { fromEpoch toEpoch epochSeconds } } } }`;

let app: TestApp;
let token: string;

before(async () => {
  app = await startTestApp({ NODE_ENV: 'development', SIMULATOR_RATE_LIMIT: 'false' });
  const { email, password } = DEMO_ACCOUNTS.customer;
  let login: any;
  for (let i = 0; i < 50 && !login?.data?.login; i++) {
    login = await app.gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: email, p: password });
    if (!login.data?.login) await new Promise((r) => setTimeout(r, 200));
  }
  token = login.data.login.accessToken;
});
after(() => app.close());

async function expectation(): Promise<{ perDay: number; basis: { fromEpoch: number; toEpoch: number; epochSeconds: number } }> {
  const res = await app.gql(ASK, {}, token);
  assert.equal(res.data?.expectedEarnings.unavailableReason, null, JSON.stringify(res));
  const e = res.data.expectedEarnings.expected;
  return { perDay: Number(e.perDay), basis: e.basis };
}

test('GNK/day from live epochs only is still about a day of the settled history’s', async () => {
  const sim = app.running.upstreams.simulator!;
  const clock = (await (await fetch(`${sim.url}/__sim/clock`)).json()) as any;
  await app.running.app.get(RefresherService).refreshNow();
  const history = await expectation();
  assert.ok(history.basis.toEpoch < clock.start_epoch, `the first window is history: ${JSON.stringify(history.basis)}`);
  assert.ok(Math.abs(history.basis.epochSeconds - 86_400) < 3_600, `history epochs last a day: ${history.basis.epochSeconds}`);

  // Simulated time moves on by enough live epochs to fill the window; they end on their schedule.
  sim.advanceTime((EXPECTATION_EPOCHS + 2) * clock.epoch_duration_ms);
  await app.running.app.get(RefresherService).refreshNow();
  const live = await expectation();
  assert.ok(live.basis.fromEpoch >= clock.start_epoch, `the window is live epochs only: ${JSON.stringify(live.basis)}`);
  assert.ok(Math.abs(live.basis.epochSeconds - clock.epoch_duration_ms / 1000) < 5, `live epochs last minutes: ${live.basis.epochSeconds}`);
  const ratio = live.perDay / history.perDay;
  assert.ok(ratio > 0.5 && ratio < 2, `GNK/day ${live.perDay} from live epochs vs ${history.perDay} from history (ratio ${ratio})`);
});
