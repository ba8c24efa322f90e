/** Node.inferenceJobs: the tracker's recent jobs, paged, per-request batched, failing alone. */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { jobsCacheKey } from '../../../src/modules/nodes/loaders/node-jobs.loader.js';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { simClearFaults, simFault, simReset, simStats } from '../../helpers/sim.js';

const ROUTE = '/hyperfusion/api/v1/participants/{address}/inferences';
const STATUSES = ['STARTED', 'FINISHED', 'VALIDATED', 'INVALIDATED', 'VOTING', 'EXPIRED'];
const JOB_FIELDS = 'inferenceId status startBlockHeight startedAt model promptTokens completionTokens validatedBy';

let app: TestApp;
let owner: Session;
let other: Session;
let nodeId: string;
let address: string;

const jobsQuery = (args: string) =>
  `query($id: ID!) { node(id: $id) { identifier inferenceJobs${args} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${JOB_FIELDS} } } } } }`;

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  const admin = await loginAdmin(app);
  owner = await registerCustomer(app, 'jobs-owner@example.com');
  other = await registerCustomer(app, 'jobs-other@example.com');
  const sim = app.running.upstreams.simulator!;
  // A host with plenty of jobs this epoch, so paging has more than one page.
  const current = (await (await fetch(`${sim.hyperfusionUrl}/api/v1/inference/current`)).json()) as any;
  address = current.participants.find((p: any) => Number(p.current_epoch_stats.inference_count) >= 60).address;
  assert.ok(sim.addresses().includes(address));
  const res = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    {
      input: { identifier: address, identifierType: 'WALLET', userId: owner.user.id },
    },
    admin.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  nodeId = res.data.assignNode.id;
});
after(() => app.close());
beforeEach(async () => {
  await app.running.app.get(CacheService).delete(jobsCacheKey(address));
  await simReset(app);
});

test('the owner sees recent jobs with sane values, newest first', async () => {
  const res = await app.gql(jobsQuery('(first: 50)'), { id: nodeId }, owner.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const { identifier, inferenceJobs } = res.data.node;
  assert.equal(identifier, address);
  assert.equal(inferenceJobs.totalCount, 50);
  const jobs = inferenceJobs.edges.map((e: any) => e.node);
  const models = (await (await fetch(`${app.running.upstreams.simulator!.hyperfusionUrl}/api/v1/participants/${address}`)).json()) as any;
  for (const job of jobs) {
    assert.ok(job.inferenceId.length > 0);
    assert.ok(STATUSES.includes(job.status));
    assert.ok(Number.isInteger(job.startBlockHeight) && job.startBlockHeight > 1_600_000);
    assert.ok(job.startedAt && Math.abs(Date.parse(job.startedAt) - Date.now()) < 24 * 3600_000);
    assert.ok(models.participant.models.includes(job.model));
    assert.ok(job.promptTokens > 0 && job.completionTokens >= 0);
    assert.ok(Array.isArray(job.validatedBy));
  }
  const heights = jobs.map((j: any) => j.startBlockHeight);
  assert.deepEqual(
    heights,
    [...heights].sort((a, b) => b - a),
    'newest first',
  );
  assert.ok(jobs.some((j: any) => j.status === 'VALIDATED' || j.status === 'FINISHED'));
});

test('first/after paging walks the list without gaps or repeats', async () => {
  const all = await app.gql(jobsQuery('(first: 50)'), { id: nodeId }, owner.accessToken);
  const ids = all.data.node.inferenceJobs.edges.map((e: any) => e.node.inferenceId);
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const args: string = after ? `(first: 20, after: "${after}")` : '(first: 20)';
    const res = await app.gql(jobsQuery(args), { id: nodeId }, owner.accessToken);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const conn = res.data.node.inferenceJobs;
    seen.push(...conn.edges.map((e: any) => e.node.inferenceId));
    assert.equal(conn.pageInfo.hasPreviousPage, page > 0);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  assert.deepEqual(seen, ids);
  assert.equal(seen.length, 50);

  const bad = await app.gql(jobsQuery('(first: 5, after: "bm9wZQ")'), { id: nodeId }, owner.accessToken);
  assert.equal(code(bad), 'BAD_USER_INPUT');
  const tooMany = await app.gql(jobsQuery('(first: 101)'), { id: nodeId }, owner.accessToken);
  assert.equal(code(tooMany), 'BAD_USER_INPUT');
});

test('another customer gets NOT_FOUND and causes no upstream call', async () => {
  const res = await app.gql(jobsQuery('(first: 5)'), { id: nodeId }, other.accessToken);
  assert.equal(code(res), 'NOT_FOUND');
  assert.equal(res.data?.node ?? null, null);
  assert.equal((await simStats(app))[ROUTE], undefined);
});

test('the same node asked twice in one query → one upstream call; not asked → none', async () => {
  const twice = await app.gql(
    `query($id: ID!) {
      a: node(id: $id) { inferenceJobs(first: 3) { totalCount nodes { inferenceId } } }
      b: node(id: $id) { inferenceJobs(first: 5) { totalCount nodes { inferenceId } } more: inferenceJobs(first: 1) { totalCount } }
    }`,
    { id: nodeId },
    owner.accessToken,
  );
  assert.equal(twice.errors, undefined, JSON.stringify(twice.errors));
  assert.deepEqual(twice.data.a.inferenceJobs.nodes, twice.data.b.inferenceJobs.nodes.slice(0, 3));
  assert.equal((await simStats(app))[ROUTE], 1);

  await simReset(app);
  await app.gql(`query($id: ID!) { node(id: $id) { identifier displayName } }`, { id: nodeId }, owner.accessToken);
  assert.equal((await simStats(app))[ROUTE], undefined);
});

test('a failing tracker route fails only inferenceJobs, with UPSTREAM_UNAVAILABLE', async () => {
  await simFault(app, { route: ROUTE, kind: 'http500' });
  try {
    const res = await app.gql(jobsQuery('(first: 5)'), { id: nodeId }, owner.accessToken);
    assert.equal(res.data.node.identifier, address);
    assert.equal(res.data.node.inferenceJobs, null);
    assert.equal(res.errors?.length, 1);
    assert.equal(code(res), 'UPSTREAM_UNAVAILABLE');
    assert.deepEqual(res.errors![0].path, ['node', 'inferenceJobs']);
    assert.match(res.errors![0].message, /unavailable/);
  } finally {
    await simClearFaults(app);
  }
  const recovered = await app.gql(jobsQuery('(first: 5)'), { id: nodeId }, owner.accessToken);
  assert.equal(recovered.errors, undefined, JSON.stringify(recovered.errors));
  assert.equal(recovered.data.node.inferenceJobs.edges.length, 5);
});
