/** Same seed → same network (byte for byte); different seed → different network; valid addresses. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bech32 } from 'bech32';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson } from './helpers.js';

const ROUTES = [
  '/v1/epochs/latest',
  '/v1/epochs/current/participants',
  '/v1/epochs/150/participants',
  `${CHAIN}/participant?pagination.limit=1000`,
  `${CHAIN}/epoch_performance_summary/157`,
  `${CHAIN}/hardware_nodes_all`,
  `${CHAIN}/participants_stats`,
  '/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=1000',
  '/chain-api/cosmos/slashing/v1beta1/signing_infos?pagination.limit=1000',
  '/chain-rpc/status',
  '/hyperfusion/api/v1/inference/current',
  '/hyperfusion/api/v1/inference/epochs/155',
];

/** Responses with the simulator's own URL (it appears in inference_url) replaced by a placeholder. */
async function snapshot(sim: RunningSimulator): Promise<string[]> {
  const bodies = await Promise.all(ROUTES.map(async (r) => (await fetch(sim.url + r)).text()));
  return bodies.map((b) => b.split(sim.url).join('SIM'));
}

function decode(address: string, hrp: string): Buffer {
  const decoded = bech32.decode(address);
  assert.equal(decoded.prefix, hrp, address);
  return Buffer.from(bech32.fromWords(decoded.words));
}

describe('simulator determinism and addresses', () => {
  const clock = manualClock();
  let a: RunningSimulator;
  let b: RunningSimulator;
  let other: RunningSimulator;

  before(async () => {
    [a, b, other] = await Promise.all([
      startSimulator({ seed: 42, participants: 150, now: clock.now }),
      startSimulator({ seed: 42, participants: 150, now: clock.now }),
      startSimulator({ seed: 43, participants: 150, now: clock.now }),
    ]);
  });
  after(() => Promise.all([a.close(), b.close(), other.close()]));

  it('two simulators with the same seed serve identical JSON', async () => {
    assert.deepEqual(a.addresses(), b.addresses());
    const [sa, sb] = await Promise.all([snapshot(a), snapshot(b)]);
    for (const [i, body] of sa.entries()) assert.equal(body, sb[i], `route ${ROUTES[i]} differs`);
    // ...and stay identical after settling the same epoch on both.
    a.advanceEpoch();
    b.advanceEpoch();
    const [after1, after2] = await Promise.all([snapshot(a), snapshot(b)]);
    for (const [i, body] of after1.entries()) assert.equal(body, after2[i], `route ${ROUTES[i]} differs after settlement`);
  });

  it('a different seed gives a different network', async () => {
    assert.notDeepEqual(a.addresses(), other.addresses());
    const [sa, so] = await Promise.all([snapshot(a), snapshot(other)]);
    assert.notEqual(sa[1], so[1]);
  });

  it('addresses are valid bech32: gonka accounts, gonkavaloper operators over the same bytes, gonkavalcons from the key', async () => {
    const addresses = a.addresses();
    assert.equal(addresses.length, 150);
    assert.equal(new Set(addresses).size, 150);
    for (const address of addresses) {
      assert.match(address, /^gonka1[02-9ac-hj-np-z]{38}$/);
      assert.equal(decode(address, 'gonka').length, 20);
    }
    const { validators } = await okJson(a.url, '/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=1000');
    assert.equal(validators.length, 150);
    const accountBytes = new Set(addresses.map((x) => decode(x, 'gonka').toString('hex')));
    const infos = await okJson(a.url, '/chain-api/cosmos/slashing/v1beta1/signing_infos?pagination.limit=1000');
    const consensus = new Set(infos.info.map((i: { address: string }) => i.address));
    for (const v of validators) {
      assert.ok(accountBytes.has(decode(v.operator_address, 'gonkavaloper').toString('hex')));
      // CometBFT: consensus address = sha256(ed25519 pubkey)[:20]
      const consBytes = createHash('sha256').update(Buffer.from(v.consensus_pubkey.key, 'base64')).digest().subarray(0, 20);
      assert.ok(consensus.has(bech32.encode('gonkavalcons', bech32.toWords(consBytes))));
    }
  });

  it('list queries honour pagination.limit and next_key', async () => {
    const first = await okJson(a.url, `${CHAIN}/participant?pagination.limit=40&pagination.count_total=true`);
    assert.equal(first.participant.length, 40);
    assert.equal(first.pagination.total, '150');
    const seen = first.participant.map((p: { index: string }) => p.index);
    let key: string | null = first.pagination.next_key;
    while (key) {
      const page = await okJson(a.url, `${CHAIN}/participant?pagination.limit=40&pagination.key=${encodeURIComponent(key)}`);
      seen.push(...page.participant.map((p: { index: string }) => p.index));
      key = page.pagination.next_key;
    }
    assert.deepEqual([...seen].sort(), [...a.addresses()].sort());
    const defaultPage = await okJson(a.url, `${CHAIN}/participant`);
    assert.equal(defaultPage.participant.length, 100, 'Cosmos default page size');
  });
});
