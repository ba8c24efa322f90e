/** `models_all`: the governance models, read from the struct-faithful sample and its wire variants. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient, UpstreamSchemaError } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { testOptions } from './helpers/test-options.js';

const MODELS_ALL = '/chain-api/productscience/inference/inference/models_all';

describe('GonkaNodeClient.modelsAll', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions({ maxAttempts: 1 }));
  });
  after(() => node.close());

  it('reads the ids of the governance models in one request', async () => {
    const body = fixture('synthetic-chain-api-inference-models-all.json');
    node.set(MODELS_ALL, { json: body });
    const before = node.hits(MODELS_ALL);
    const models = await client.modelsAll();
    assert.deepEqual(
      models,
      body.model.map((m: { id: string }) => ({ id: m.id })),
    );
    assert.equal(node.hits(MODELS_ALL) - before, 1);
  });

  it('reads an empty governance list whether Go sent null or omitted it', async () => {
    node.set(MODELS_ALL, { json: { model: null, pagination: { next_key: null, total: '0' } } });
    assert.deepEqual(await client.modelsAll(), []);
    node.set(MODELS_ALL, { json: { pagination: { next_key: null, total: '0' } } });
    assert.deepEqual(await client.modelsAll(), []);
  });

  it('rejects a model without an id as a schema error', async () => {
    const body = fixture('synthetic-chain-api-inference-models-all.json');
    node.set(MODELS_ALL, { json: { ...body, model: [{ ...body.model[0], id: '' }] } });
    await assert.rejects(client.modelsAll(), UpstreamSchemaError);
  });
});
