import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { AppConfig, ConfigError } from '../../../src/config/app-config.js';
import { simulatedInstanceRef } from '../../../src/simulator/cloud/gcore-instances.js';
import { DEFAULT_UPSTREAM_OPTIONS, GcoreClient, UpstreamNotFoundError } from '../../../src/upstream/index.js';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { simClearFaults, simFault } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let addrs: string[];
let nodeIds: string[];
const ROUTE = '/gcore/cloud/v1/instances/{project_id}/{region_id}/{instance_id}';

const LINK = `mutation($input: LinkCloudInstanceInput!) { linkCloudInstance(input: $input) { id } }`;
const PAGE = `query($id: ID!) { node(id: $id) { id displayName status statusReason weight
  cloudInstance { id name flavor vcpus gpus { model count } region regionId projectId status fetchedAt stale } } }`;
const link = (nodeId: string, ref: object, token = admin.accessToken) => app.gql(LINK, { input: { nodeId, ...ref } }, token);
const page = (id: string, token = alice.accessToken) => app.gql(PAGE, { id }, token);
const cacheKeyOf = (address: string) => {
  const r = simulatedInstanceRef(address);
  return `gcore:instance:v1:${r.projectId}:${r.regionId}:${r.instanceId}`;
};

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'alice@example.com');
  addrs = app.running.upstreams.simulator!.addresses();
  const res = await app.gql(
    `mutation($input: AssignNodesInput!) { assignNodes(input: $input) { lines { node { id } } } }`,
    { input: { userId: alice.user.id, lines: addrs.slice(0, 4).map((identifier) => ({ identifier })) } },
    admin.accessToken,
  );
  nodeIds = res.data.assignNodes.lines.map((l: any) => l.node.id);
});
after(() => app.close());

test('the adapter reads an instance from the simulated Gcore with an APIKey header; without one Gcore says 401', async () => {
  const url = app.running.upstreams.gcoreApiUrl!;
  const ref = simulatedInstanceRef(addrs[0]);
  const instance = await new GcoreClient(url, 'any-token', DEFAULT_UPSTREAM_OPTIONS).instance(ref);
  assert.equal(instance.id, ref.instanceId);
  assert.equal(instance.regionId, ref.regionId);
  assert.ok(instance.flavor.gpus && instance.flavor.gpus.count! >= 1, JSON.stringify(instance.flavor));
  const bare = await fetch(`${url}/cloud/v1/instances/${ref.projectId}/${ref.regionId}/${ref.instanceId}`);
  assert.equal(bare.status, 401);
  await assert.rejects(
    new GcoreClient(url, 'any-token', DEFAULT_UPSTREAM_OPTIONS).instance({ ...ref, instanceId: '00000000-0000-4000-8000-000000000000' }),
    UpstreamNotFoundError,
  );
});

test('an unlinked node has no cloud instance; a linked one shows flavor, GPUs (model and count) and region', async () => {
  const before = await page(nodeIds[0]);
  assert.equal(before.errors, undefined, JSON.stringify(before.errors));
  assert.equal(before.data.node.cloudInstance, null);

  const ref = simulatedInstanceRef(addrs[0]);
  assert.equal((await link(nodeIds[0], ref)).errors, undefined);
  const res = await page(nodeIds[0]);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const ci = res.data.node.cloudInstance;
  assert.equal(ci.id, ref.instanceId);
  assert.equal(ci.projectId, ref.projectId);
  assert.equal(ci.regionId, ref.regionId);
  assert.match(ci.region, /\w/);
  assert.match(ci.flavor, /^bm3-ai-/);
  assert.equal(ci.status, 'ACTIVE');
  assert.equal(ci.stale, false);
  // The GPUs are the host's own: the chain's hardware for this node says the same count.
  const hw = await app.gql(`query($id: ID!) { node(id: $id) { hardware { totalGpus gpus { type count } } } }`, { id: nodeIds[0] }, alice.accessToken);
  const top = hw.data.node.hardware.gpus[0];
  assert.ok(ci.gpus.model.length > 0 && top.type.startsWith(ci.gpus.model), `${ci.gpus.model} vs ${top.type}`);
  assert.equal(ci.gpus.count, top.count);
});

test('an instance Gcore does not know is null, not an error', async () => {
  const ref = { ...simulatedInstanceRef(addrs[1]), instanceId: '11111111-2222-4333-8444-555555555555' };
  assert.equal((await link(nodeIds[1], ref)).errors, undefined);
  const res = await page(nodeIds[1]);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.node.cloudInstance, null);
});

test('bad link input → BAD_USER_INPUT naming the field; an unknown node → NOT_FOUND; customers are FORBIDDEN; unlink clears it', async () => {
  const ref = simulatedInstanceRef(addrs[3]);
  const badId = await link(nodeIds[3], { ...ref, instanceId: 'i-12345' });
  assert.equal(code(badId), 'BAD_USER_INPUT');
  assert.equal(badId.errors![0].extensions!.field, 'input.instanceId');
  assert.equal((await link(nodeIds[3], { ...ref, projectId: 0 })).errors![0].extensions!.field, 'input.projectId');
  assert.equal((await link(nodeIds[3], { ...ref, regionId: -5 })).errors![0].extensions!.field, 'input.regionId');
  assert.equal((await link('not-a-uuid', ref)).errors![0].extensions!.field, 'input.nodeId');
  assert.equal(code(await link('00000000-0000-4000-8000-000000000000', ref)), 'NOT_FOUND');
  assert.equal(code(await link(nodeIds[3], ref, alice.accessToken)), 'FORBIDDEN');

  assert.equal((await link(nodeIds[3], ref)).errors, undefined);
  assert.equal((await page(nodeIds[3])).data.node.cloudInstance.id, ref.instanceId);
  const unlinked = await app.gql(`mutation($id: ID!) { unlinkCloudInstance(nodeId: $id) { id } }`, { id: nodeIds[3] }, admin.accessToken);
  assert.equal(unlinked.errors, undefined);
  assert.equal((await page(nodeIds[3])).data.node.cloudInstance, null);
});

// Last: the outage opens the adapter's breaker for the rest of the file.
test('Gcore outage: no cached value → the field alone is null with UPSTREAM_UNAVAILABLE; a cached one → served stale', async () => {
  assert.equal((await link(nodeIds[2], simulatedInstanceRef(addrs[2]))).errors, undefined);
  await simFault(app, { route: ROUTE, kind: 'http500', count: 1000 });
  try {
    const res = await page(nodeIds[2]);
    assert.equal(res.status, 200);
    assert.equal(res.data.node.cloudInstance, null);
    assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
    assert.deepEqual(res.errors![0].path, ['node', 'cloudInstance']);
    assert.equal(res.errors![0].extensions!.code, 'UPSTREAM_UNAVAILABLE');
    assert.ok(res.data.node.status && res.data.node.statusReason, 'the rest of the page is there');

    // Node 0 was read before the outage; age its entry past the TTL: the last good value, marked stale.
    const cache = app.running.app.get(CacheService);
    const entry = await cache.get<unknown>(cacheKeyOf(addrs[0]));
    assert.ok(entry, 'cached by the earlier read');
    await cache.set(cacheKeyOf(addrs[0]), entry.value, undefined, Date.now() - 10 * 60_000);
    const stale = await page(nodeIds[0]);
    assert.equal(stale.errors, undefined, JSON.stringify(stale.errors));
    assert.equal(stale.data.node.cloudInstance.stale, true);
    assert.equal(stale.data.node.cloudInstance.id, simulatedInstanceRef(addrs[0]).instanceId);

    // The node list with the cloud field: one error per failing node at most, never the whole list.
    const list = await app.gql(`{ myNodes { nodes { id status cloudInstance { id stale } } } }`, {}, alice.accessToken);
    assert.equal(list.status, 200);
    assert.equal(list.data.myNodes.nodes.length, 4);
    assert.ok(
      (list.errors ?? []).every((e) => e.extensions?.code === 'UPSTREAM_UNAVAILABLE' && e.path?.at(-1) === 'cloudInstance'),
      JSON.stringify(list.errors),
    );
  } finally {
    await simClearFaults(app);
  }
});

test('config: GCORE_API_URL needs GCORE_API_TOKEN; a malformed token is refused', () => {
  assert.throws(
    () => new AppConfig({ GCORE_API_URL: 'https://api.gcore.com' }),
    (e: Error) => e instanceof ConfigError && /GCORE_API_TOKEN/.test(e.message),
  );
  assert.throws(() => new AppConfig({ GCORE_API_TOKEN: 'has spaces in it' }), /GCORE_API_TOKEN/);
  assert.equal(new AppConfig({ GCORE_API_TOKEN: '1234$abcdefgh' }).env.GCORE_API_TOKEN, '1234$abcdefgh');
});
