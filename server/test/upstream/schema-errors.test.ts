import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient, UpstreamSchemaError } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { testOptions } from './helpers/test-options.js';

const INFERENCE = '/chain-api/productscience/inference/inference';
const HOST = 'gonka14cu38xpsd8pz5zdkkzwf0jwtpc0vv309ake364';
const SUMMARY = `${INFERENCE}/epoch_performance_summary/53/${HOST}`;

/** Bodies that must never turn into data: each is an UpstreamSchemaError naming where, never echoing the body. */
describe('upstream schema errors', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions());
  });
  after(() => node.close());

  async function expectSchemaError(call: () => Promise<unknown>, issuePath: string, path: string): Promise<UpstreamSchemaError> {
    const hitsBefore = node.hits(path);
    let caught: unknown;
    await call().catch((e) => (caught = e));
    assert.ok(caught instanceof UpstreamSchemaError, `expected UpstreamSchemaError, got ${String(caught)}`);
    assert.equal(caught.code, 'UPSTREAM_SCHEMA_MISMATCH');
    assert.equal(caught.source, 'gonka_api');
    assert.equal(caught.issuePath, issuePath);
    // A schema mismatch is deterministic: retrying the same body would only spend rate limit.
    assert.equal(node.hits(path) - hitsBefore, 1);
    return caught;
  }

  function summaryWith(patch: Record<string, unknown>): unknown {
    const body = fixture('chain-api-inference-epoch-performance-summary-53-gonka14cu38x.json');
    Object.assign(body.epochPerformanceSummary, patch);
    return body;
  }

  it('malformed JSON', async () => {
    node.set(SUMMARY, { raw: '{"epochPerformanceSummary": {"epoch_index": "53", "secret-token-xyz' });
    const error = await expectSchemaError(() => client.epochPerformanceSummary(53, HOST), '', SUMMARY);
    assert.match(error.message, /not valid JSON/);
    assert.doesNotMatch(error.message, /secret-token-xyz/);
  });

  it('an HTML error page served with 200', async () => {
    node.set('/chain-rpc/status', { raw: '<html><body>502 Bad Gateway</body></html>' });
    await expectSchemaError(() => client.chainStatus(), '', '/chain-rpc/status');
  });

  it('an object where an amount string is expected, without echoing the value', async () => {
    node.set(SUMMARY, { json: summaryWith({ rewarded_coins: { amount: 'secret-token-xyz' } }) });
    const error = await expectSchemaError(() => client.epochPerformanceSummary(53, HOST), 'epochPerformanceSummary.rewarded_coins', SUMMARY);
    assert.doesNotMatch(error.message, /secret-token-xyz/);
  });

  it('an object where an address string is expected (nested path is reported)', async () => {
    const body = fixture('v1-epochs-current-participants-epoch105-truncated.json');
    body.active_participants.participants[2].index = { nested: true };
    node.set('/v1/epochs/current/participants', { json: body });
    await expectSchemaError(() => client.currentParticipants(), 'active_participants.participants[2].index', '/v1/epochs/current/participants');
  });

  it('an amount that is not an integer', async () => {
    node.set(SUMMARY, { json: summaryWith({ rewarded_coins: '12.5' }) });
    await expectSchemaError(() => client.epochPerformanceSummary(53, HOST), 'epochPerformanceSummary.rewarded_coins', SUMMARY);
  });

  it('an amount sent as a JSON number beyond 2^53 (digits already lost)', async () => {
    node.set(SUMMARY, { raw: JSON.stringify(summaryWith({ rewarded_coins: 0 })).replace('"rewarded_coins":0', '"rewarded_coins":48552031736571000001') });
    await expectSchemaError(() => client.epochPerformanceSummary(53, HOST), 'epochPerformanceSummary.rewarded_coins', SUMMARY);
  });

  it('a boolean flag sent as a string', async () => {
    node.set(SUMMARY, { json: summaryWith({ claimed: 'yes' }) });
    await expectSchemaError(() => client.epochPerformanceSummary(53, HOST), 'epochPerformanceSummary.claimed', SUMMARY);
  });

  it('an unknown participant status name', async () => {
    const path = `${INFERENCE}/participant/gonka1x`;
    const body = fixture('synthetic-chain-api-inference-participant-index.json');
    body.participant.status = 'SUSPENDED';
    node.set(path, { json: body });
    const error = await expectSchemaError(() => client.participant('gonka1x'), 'participant.status', path);
    assert.match(error.message, /ACTIVE/);
  });

  it('a missing required field', async () => {
    const body = fixture('v1-epochs-latest-epoch105.json');
    delete body.phase;
    node.set('/v1/epochs/latest', { json: body });
    await expectSchemaError(() => client.latestEpoch(), 'phase', '/v1/epochs/latest');
  });

  it('a list that is an object', async () => {
    node.set(`${INFERENCE}/hardware_nodes_all`, { json: { nodes: { participant: 'gonka1x' } } });
    await expectSchemaError(() => client.hardwareNodesAll(), 'nodes', `${INFERENCE}/hardware_nodes_all`);
  });
});
