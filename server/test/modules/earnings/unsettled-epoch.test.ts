/**
 * The chain lists an epoch's performance summaries only once it has settled them, minutes after the
 * epoch index moves on; before that the list is empty. Absent is not zero: such an epoch must not be
 * stored as "paid 0" for every tracked node (a row that later refreshes never corrected).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { refreshOnce, seedCustomerWithNodes } from '../../helpers/seed.js';
import { simFault } from '../../helpers/sim.js';

const SUMMARY_ROUTE = '/chain-api/productscience/inference/inference/epoch_performance_summary/{epoch}';

let app: TestApp;
let settled: number;
const tracked: string[] = [];

const simGet = async (path: string) => (await fetch(`${app.running.upstreams.simulator!.url}${path}`)).json() as Promise<any>;

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  settled = (await simGet('/v1/epochs/latest')).latest_epoch.index - 1;
  const summary: any[] = (await simGet(`/chain-api/productscience/inference/inference/epoch_performance_summary/${settled}`)).epochPerformanceSummary;
  const paid = summary.filter((r) => BigInt(r.rewarded_coins) > 0n).slice(0, 4);
  assert.equal(paid.length, 4, 'the simulator has hosts paid in the last settled epoch');
  await seedCustomerWithNodes(
    app,
    'unsettled@example.com',
    paid.map((r) => r.participant_id),
  );
  tracked.push(...paid.map((r) => r.participant_id));
});
after(() => app.close());

const refresh = () => refreshOnce(app);

const storedRewards = async () =>
  (
    await withClient(app.db.url, (c) =>
      c.query(`SELECT n.identifier, h.earnings_gnk::text AS gnk FROM earnings_history h JOIN nodes n ON n.id = h.node_id WHERE h.epoch = $1`, [settled]),
    )
  ).rows as { identifier: string; gnk: string }[];

test('an epoch the chain has not settled yet is not stored as 0; the next refresh stores its rewards', async () => {
  // The chain has not written the summaries yet: every read of the last epoch's list comes back empty.
  await refresh();
  await simFault(app, { route: SUMMARY_ROUTE, kind: 'empty' });
  await withClient(app.db.url, (c) => c.query(`DELETE FROM earnings_history WHERE epoch = $1`, [settled]));
  // Not refreshOnce: its simulator reset would clear the fault.
  await app.running.app.get(RefresherService).refreshNow();
  assert.deepEqual(await storedRewards(), [], 'nothing stored for an epoch the chain lists no summaries of');

  // Settled on chain now: the next refresh stores the real rewards, none of them 0.
  await refresh();
  const rows = await storedRewards();
  assert.equal(rows.length, tracked.length);
  for (const row of rows) assert.notEqual(row.gnk, '0.000000000', `${row.identifier} was paid in epoch ${settled}`);
});
