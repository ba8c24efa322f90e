import { test } from 'node:test';
import { Agent, request } from 'node:http';
import { registerCustomer } from '../support/accounts.js';
import { startTestApp } from '../support/test-app.js';
const agent = new Agent({ keepAlive: true, maxSockets: 200 });
function post(url: string, body: unknown, token: string): Promise<any> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` } });
    req.on('response', (res) => { let t = ''; res.on('data', (d) => (t += d)); res.on('end', () => resolve(JSON.parse(t))); });
    req.on('error', reject);
    req.end(payload);
  });
}
test('bench', async () => {
  const app = await startTestApp();
  const s = await registerCustomer(app, 'b@example.com');
  for (const [name, q] of [['serverInfo', '{ serverInfo { name } }'], ['me', '{ me { id } }'], ['create', 'mutation { createSupportRequest(input: { type: OTHER, quantity: 1 }) { id } }']]) {
    const t = Date.now();
    await Promise.all(Array.from({ length: 1000 }, () => post(app.url, { query: q }, s.accessToken)));
    console.log(`# ${name}: ${Date.now() - t} ms`);
  }
  agent.destroy();
  await app.close();
});
