import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fetchNetworkView } from '../../src/network/view-worker/network-view.fetch.js';
import { runViewTask } from '../../src/network/view-worker/view-worker.runner.js';
import type { NetworkView, NodeHardwareView } from '../../src/network/network-view.types.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { GonkaNodeClient, HyperfusionClient, UpstreamSchemaError } from '../../src/upstream/index.js';
import { fixture } from '../upstream/helpers/fake-upstream.js';
import { expectUnavailable, useFakeUpstreams } from '../upstream/helpers/fake-servers.js';
import { recordEvents, testOptions } from '../upstream/helpers/test-options.js';

const PARTICIPANTS = '/v1/epochs/current/participants';
const routesOf = (events: { route: string; outcome: string }[]) => events.map((e) => `${e.route} ${e.outcome}`).sort();

/**
 * The network view is fetched and built in a worker thread (issue #17, RSS): it must be the same
 * view, and the thread's upstream attempts must count in this process as if made here.
 */
describe('network view worker thread', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator({ participants: 40, seed: 7 });
    sim.pauseClock(true);
    sim.advanceEpoch();
  });
  after(() => sim.close());

  it('builds the same view as the process would, and every attempt reaches the process metrics hook', async () => {
    const here = recordEvents();
    const thread = recordEvents();
    const clients = (onRequest: typeof here.onRequest) =>
      [new GonkaNodeClient([sim.url], testOptions({ onRequest })), new HyperfusionClient(sim.hyperfusionUrl, testOptions({ onRequest }))] as const;
    const inProcess = await fetchNetworkView(...clients(here.onRequest));
    const inThread = await runViewTask<NetworkView>({ kind: 'status' }, ...clients(thread.onRequest));
    assert.equal(Object.keys(inThread.nodes).length, 40);
    assert.deepEqual(inThread, inProcess);
    assert.deepEqual(routesOf(thread.events), routesOf(here.events));
    assert.ok(thread.events.every((e) => e.outcome === 'success' && e.host === new URL(sim.url).origin));

    const [gonka] = clients(thread.onRequest);
    const hardware = await runViewTask<Record<string, NodeHardwareView>>({ kind: 'hardware' }, gonka, null);
    const address = sim.addresses()[0];
    assert.equal(hardware[address].address, address);
    assert.ok(hardware[address].totalGpus > 0);
  });
});

describe('network view worker thread against a failing host', () => {
  const { server } = useFakeUpstreams();

  it("a host failing in the thread opens this process's breaker, and the next thread skips it", async () => {
    const node = await server({ [PARTICIPANTS]: { status: 500 } });
    const { events, onRequest } = recordEvents();
    const gonka = new GonkaNodeClient([node.url], testOptions({ maxAttempts: 1, onRequest, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 } }));
    for (let i = 0; i < 2; i++) await assert.rejects(runViewTask({ kind: 'status' }, gonka, null), expectUnavailable('http_5xx'));
    assert.equal(node.hits(PARTICIPANTS), 2);
    assert.deepEqual(gonka.breakerStates(), { [node.url]: 'open' }, 'the thread’s failures counted here');
    assert.equal(events.filter((e) => e.outcome === 'http_5xx').length, 2);

    const before = node.hits();
    await assert.rejects(runViewTask({ kind: 'status' }, gonka, null), expectUnavailable('breaker_open'));
    assert.equal(node.hits(), before, 'the next thread started from the open breaker: no request reached the host');
    assert.ok(events.some((e) => e.outcome === 'breaker_open'));
  });

  it('an off-schema body fails in the thread as the same error class, naming the field', async () => {
    const body = fixture('v1-epochs-current-participants-epoch105-truncated.json');
    body.active_participants.participants[0].weight = { value: 1 };
    const node = await server({ [PARTICIPANTS]: { json: body } });
    const gonka = new GonkaNodeClient([node.url], testOptions({ maxAttempts: 1 }));
    await assert.rejects(runViewTask({ kind: 'status' }, gonka, null), (e: unknown) => {
      assert.ok(e instanceof UpstreamSchemaError, `expected UpstreamSchemaError, got ${String(e)}`);
      assert.match(e.issuePath, /participants\[0\]\.weight/);
      return true;
    });
  });
});
