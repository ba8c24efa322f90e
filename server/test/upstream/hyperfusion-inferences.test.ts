import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HYPERFUSION_ROUTES, HyperfusionClient, UpstreamSchemaError } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { numbersAsStrings, testOptions } from './helpers/test-options.js';

const ADDRESS = 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7';
const PATH = `/api/v1/participants/${ADDRESS}/inferences`;
const FIXTURE = 'synthetic-hyperfusion-api-v1-participants-id-inferences.json';

describe('HyperfusionClient.participantInferences', () => {
  let tracker: FakeUpstream;
  let client: HyperfusionClient;

  before(async () => {
    tracker = await FakeUpstream.start();
    client = new HyperfusionClient(tracker.url, testOptions());
  });
  after(() => tracker.close());

  async function expectSchemaError(body: unknown, issuePath: string): Promise<void> {
    tracker.set(PATH, { json: body });
    await assert.rejects(client.participantInferences(ADDRESS), (e: unknown) => {
      assert.ok(e instanceof UpstreamSchemaError, `expected UpstreamSchemaError, got ${String(e)}`);
      assert.equal(e.source, 'hyperfusion');
      assert.equal(e.route, HYPERFUSION_ROUTES.participantInferences);
      assert.equal(e.issuePath, issuePath);
      return true;
    });
  }

  it('parses the tracker fixture into normalized jobs', async () => {
    tracker.set(`${PATH}?epoch_id=105`, { json: fixture(FIXTURE) });
    const result = await client.participantInferences(ADDRESS, 105);
    assert.deepEqual(result, {
      epochId: 105,
      address: ADDRESS,
      jobs: [
        {
          inferenceId: 'k3Jq...base64id==',
          status: 'VALIDATED',
          startBlockHeight: 1633120,
          startedAt: new Date(1765200000123),
          model: 'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8',
          promptTokens: 412,
          completionTokens: 733,
          validatedBy: ['gonka109g8dnt43nj45xhg83jyjt5f2ywz336w36qzyl'],
        },
      ],
    });
    assert.ok(tracker.requests.includes(`${PATH}?epoch_id=105`));
  });

  it('accepts numbers for the integer fields, concatenates the three lists, and reads null lists and timestamps', async () => {
    const body = fixture(FIXTURE);
    const job = body.successful[0];
    body.successful[0] = { ...job, start_block_height: 1633120, start_block_timestamp: 1765200000123, prompt_token_count: 412 };
    body.expired = [{ ...job, inference_id: 'exp', status: 'EXPIRED', start_block_timestamp: null, completion_token_count: '0', validated_by: null }];
    body.invalidated = null;
    body.epoch_id = '105';
    tracker.set(PATH, { json: body });
    const result = await client.participantInferences(ADDRESS);
    assert.equal(result.epochId, 105);
    assert.deepEqual(
      result.jobs.map((j) => [
        j.inferenceId,
        j.status,
        j.startBlockHeight,
        j.startedAt?.getTime() ?? null,
        j.promptTokens,
        j.completionTokens,
        j.validatedBy.length,
      ]),
      [
        ['k3Jq...base64id==', 'VALIDATED', 1633120, 1765200000123, 412, 733, 1],
        ['exp', 'EXPIRED', 1633120, null, 412, 0, 0],
      ],
    );
  });

  it('also parses the all-strings wire variant', async () => {
    tracker.set(PATH, { json: numbersAsStrings(fixture(FIXTURE)) });
    assert.equal((await client.participantInferences(ADDRESS)).epochId, 105);
  });

  it('an unknown status is a schema error naming the field', async () => {
    const body = fixture(FIXTURE);
    body.successful[0].status = 'ZOMBIE';
    await expectSchemaError(body, 'successful[0].status');
  });

  it('wrong value types are schema errors, never data', async () => {
    const tokens = fixture(FIXTURE);
    tokens.successful[0].prompt_token_count = { value: 412 };
    await expectSchemaError(tokens, 'successful[0].prompt_token_count');
    const height = fixture(FIXTURE);
    height.successful[0].start_block_height = true;
    await expectSchemaError(height, 'successful[0].start_block_height');
    const list = fixture(FIXTURE);
    list.expired = 'none';
    await expectSchemaError(list, 'expired');
    const id = fixture(FIXTURE);
    id.successful[0].inference_id = 42;
    await expectSchemaError(id, 'successful[0].inference_id');
  });

  it('rejects an empty address and a bad epoch before any request', async () => {
    const before = tracker.hits();
    assert.throws(() => client.participantInferences(''), RangeError);
    assert.throws(() => client.participantInferences(ADDRESS, -1), RangeError);
    assert.equal(tracker.hits(), before);
  });
});
