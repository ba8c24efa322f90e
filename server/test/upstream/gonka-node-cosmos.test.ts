import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bech32 } from 'bech32';
import { GonkaNodeClient, operatorToAccountAddress } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { testOptions } from './helpers/test-options.js';

const VALIDATORS = '/chain-api/cosmos/staking/v1beta1/validators';
const SIGNING_INFOS = '/chain-api/cosmos/slashing/v1beta1/signing_infos';
const ACCOUNT = 'gonka14cu38xpsd8pz5zdkkzwf0jwtpc0vv309ake364';
const OPERATOR = bech32.encode('gonkavaloper', bech32.decode(ACCOUNT).words);

describe('GonkaNodeClient staking, slashing and RPC routes', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions());
  });
  after(() => node.close());

  it('reads validators with jail flag, exact tokens and the addresses needed for joins', async () => {
    const body = fixture('synthetic-chain-api-cosmos-staking-validators.json');
    body.validators[0].operator_address = OPERATOR;
    // Real pair from the epoch-105 sample: this pub_key belongs to validator E7567E7B….
    body.validators[0].consensus_pubkey.key = 'tsx6Tn1U0a2omvRXHc55XRxptSiSL/vwGbEMS3WVSEY=';
    node.set(`${VALIDATORS}?pagination.limit=1000`, { json: body });

    const [mine, jailed] = await client.validators();
    assert.equal(mine.accountAddress, ACCOUNT);
    assert.equal(mine.consensusHexAddress, 'E7567E7B0B137E84748C467E4DBF282353B0FB9E');
    assert.match(mine.consensusAddress ?? '', /^gonkavalcons1/);
    assert.equal(mine.moniker, 'my-gonka-host');
    assert.equal(mine.jailed, false);
    assert.equal(mine.tokens, 37778n);
    assert.equal(jailed.jailed, true);
    assert.equal(jailed.status, 'BOND_STATUS_UNBONDING');
    assert.equal(jailed.accountAddress, null, 'the fixture operator address is not valid bech32');
  });

  it('pages through validators', async () => {
    const body = fixture('synthetic-chain-api-cosmos-staking-validators.json');
    node.set(`${VALIDATORS}?pagination.limit=1000`, { json: { validators: [body.validators[0]], pagination: { next_key: 'bmV4dA==', total: '2' } } });
    node.set(`${VALIDATORS}?pagination.limit=1000&pagination.key=bmV4dA%3D%3D`, {
      json: { validators: [body.validators[1]], pagination: { next_key: null, total: '0' } },
    });
    const all = await client.validators();
    assert.deepEqual(
      all.map((v) => v.jailed),
      [false, true],
    );
  });

  it('reads signing infos; the Unix epoch in jailed_until means never jailed', async () => {
    const { val_signing_info: info } = fixture('synthetic-chain-api-cosmos-slashing-signing-info.json');
    const neverJailed = { ...info, address: 'gonkavalcons1other', jailed_until: '1970-01-01T00:00:00Z' };
    node.set(`${SIGNING_INFOS}?pagination.limit=1000`, { json: { info: [info, neverJailed], pagination: { next_key: null } } });
    const [jailed, clean] = await client.signingInfos();
    assert.equal(jailed.jailedUntil?.toISOString(), '2025-12-08T14:06:28.426Z');
    assert.equal(jailed.missedBlocksCounter, 51);
    assert.equal(jailed.tombstoned, false);
    assert.equal(clean.jailedUntil, null);
  });

  it('reads one signing info by consensus address', async () => {
    const body = fixture('synthetic-chain-api-cosmos-slashing-signing-info.json');
    const address = body.val_signing_info.address;
    node.set(`${SIGNING_INFOS}/${address}`, { json: body });
    const info = await client.signingInfo(address);
    assert.equal(info.consensusAddress, address);
    assert.equal(info.jailedUntil?.getTime(), Date.parse('2025-12-08T14:06:28.426Z'));
  });

  it('reads the chain status from CometBFT RPC', async () => {
    node.set('/chain-rpc/status', { json: fixture('synthetic-chain-rpc-status.json') });
    assert.deepEqual(await client.chainStatus(), {
      network: 'gonka-mainnet',
      latestBlockHeight: 1634323,
      latestBlockTime: new Date('2025-12-08T13:56:28.426Z'),
      catchingUp: false,
    });
  });

  it('converts operator to account addresses and rejects non-bech32 input', () => {
    assert.equal(operatorToAccountAddress(OPERATOR), ACCOUNT);
    assert.equal(operatorToAccountAddress('gonkavaloper1xxxxxx'), null);
  });
});
