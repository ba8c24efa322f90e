import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient } from '../../../src/upstream/index.js';
import { epochSummary, rewardsOfTracked } from '../../../src/modules/earnings/settlement.rules.js';
import { DowntimeMode } from '../../../src/modules/epochs/downtime-test.rules.js';
import { ClaimStatus, claimStatus, EpochVerdict } from '../../../src/modules/epochs/epoch-verdict.rules.js';
import { FakeUpstream, fixture } from '../../upstream/helpers/fake-upstream.js';
import { testOptions } from '../../upstream/helpers/test-options.js';

const BASE = '/chain-api/productscience/inference/inference';
const HOST = 'gonka14cu38xpsd8pz5zdkkzwf0jwtpc0vv309ake364';

/** Verdicts of the real and struct-faithful chain responses in fixtures/gonka, read through the adapter. */
describe('epoch verdicts on the fixtures', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions());
  });
  after(() => node.close());

  async function verdictOf(epoch: number, file: string, exclusions: Record<string, string> = {}) {
    node.set(`${BASE}/epoch_performance_summary/${epoch}/${HOST}`, { json: fixture(file) });
    const row = await client.epochPerformanceSummary(epoch, HOST);
    const [outcome] = rewardsOfTracked(epochSummary([row], exclusions, 0.1), [{ id: 'n', identifier: HOST }]);
    return outcome;
  }

  it('epoch 53 (real): paid 48,552.03 GNK with 24 of 855 missed, within the 10% threshold', async () => {
    const o = await verdictOf(53, 'chain-api-inference-epoch-performance-summary-53-gonka14cu38x.json');
    assert.equal(o.reward, '48552.031736571');
    assert.equal(o.verdict.verdict, EpochVerdict.PAID);
    assert.equal(o.verdict.reason, 'paid 48552.031736571 GNK: 24 of 855 requests missed (2.8%), within the downtime threshold of 10.0%');
    assert.equal(o.verdict.test?.mode, DowntimeMode.GOVERNANCE, 'one host is far below the network sample gate');
    assert.equal(o.verdict.test?.passed, true);
    assert.equal(claimStatus(o.reward, o.claimed, 53, 54), ClaimStatus.CLAIMED);
  });

  it('epochs 51 and 52 (real): 0 with no requests and no exclusion is UNKNOWN, never a made-up cause; nothing to claim', async () => {
    for (const epoch of [51, 52]) {
      const o = await verdictOf(epoch, `chain-api-inference-epoch-performance-summary-${epoch}-gonka14cu38x.json`);
      assert.equal(o.verdict.verdict, EpochVerdict.UNKNOWN);
      assert.match(o.verdict.reason, /^paid 0 with no rule explaining it: no requests passes the downtime test/);
      assert.equal(claimStatus(o.reward, o.claimed, epoch, epoch + 1), ClaimStatus.NOTHING_TO_CLAIM, 'a 0 reward with claimed:false is not an expired claim');
    }
  });

  it('the same zero epoch with an exclusion record is ZERO_EXCLUDED with the chain’s reason', async () => {
    const o = await verdictOf(52, 'chain-api-inference-epoch-performance-summary-52-gonka14cu38x.json', { [HOST]: 'downtime' });
    assert.equal(o.verdict.verdict, EpochVerdict.ZERO_EXCLUDED);
    assert.match(o.verdict.reason, /^paid 0: excluded from the epoch \(chain's reason: downtime\)/);
  });

  it('the synthetic epoch-104 list: a host with 61 of 716 missed passes the test, so its 0 is UNKNOWN, not downtime', async () => {
    node.set(`${BASE}/epoch_performance_summary/104`, { json: fixture('synthetic-chain-api-inference-epoch-performance-summary-epoch.json') });
    const rows = await client.epochPerformanceSummaryAll(104);
    const summary = epochSummary(rows, {}, 0.1);
    const [paid, zero] = rewardsOfTracked(summary, [
      { id: 'a', identifier: 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7' },
      { id: 'b', identifier: 'gonka109g8dnt43nj45xhg83jyjt5f2ywz336w36qzyl' },
    ]);
    assert.equal(paid.verdict.verdict, EpochVerdict.PAID);
    assert.equal(zero.verdict.verdict, EpochVerdict.UNKNOWN);
    assert.match(zero.verdict.reason, /61 of 716 requests missed \(8\.5%\) passes the downtime test at 10\.0%/);
    assert.equal(zero.verdict.test?.passed, true);
  });

  it('a summary with a count missing is UNKNOWN with the reason, even when it paid', async () => {
    const body = fixture('chain-api-inference-epoch-performance-summary-53-gonka14cu38x.json');
    delete body.epochPerformanceSummary.missed_requests;
    node.set(`${BASE}/epoch_performance_summary/53/${HOST}`, { json: body });
    const row = await client.epochPerformanceSummary(53, HOST);
    assert.equal(row.countsReported, false);
    const [o] = rewardsOfTracked(epochSummary([row], {}, 0.1), [{ id: 'n', identifier: HOST }]);
    assert.equal(o.counts, null);
    assert.equal(o.verdict.verdict, EpochVerdict.UNKNOWN);
    assert.equal(o.verdict.reason, "paid 48552.031736571 GNK: the chain's summary has no request counts, so the outcome cannot be checked");
  });
});
