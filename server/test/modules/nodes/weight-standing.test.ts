import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkViewService } from '../../../src/network/network-view.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let token: string;

before(async () => {
  app = await startTestApp({ NODE_EXPLORER_URL: 'https://explorer.example.com/participants/{address}' });
  const res = await app.gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
    input: { email: 'weights@example.com', password: 'correct-horse-battery' },
  });
  assert.ok(res.data?.register, JSON.stringify(res.errors));
  token = res.data.register.accessToken;
  await withClient(app.db.url, async (c) => {
    for (const identifier of app.running.upstreams.simulator!.addresses().slice(0, 20)) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [res.data.register.user.id, n.rows[0].id]);
    }
  });
});
after(() => app.close());

test("a node's weight share and rank agree with the network view it is read from", async () => {
  const res = await app.gql(`{ myNodes(first: 20) { nodes { identifier weight weightShare weightRank weightRankOf } } }`, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const { value: view } = await app.running.app.get(NetworkViewService).status();
  const ranked = Object.values(view.nodes).filter((n) => n.inCurrentEpoch && n.weight !== null);
  const total = ranked.reduce((sum, n) => sum + n.weight!, 0);
  const withShare = res.data.myNodes.nodes.filter((n: any) => n.weightShare !== null);
  assert.ok(withShare.length > 0, 'some simulator nodes are ranked participants');
  for (const n of withShare) {
    assert.ok(Math.abs(n.weightShare - n.weight / total) < 1e-9, `${n.identifier}: share = weight ÷ total`);
    assert.equal(n.weightRank, 1 + ranked.filter((o) => o.weight! > n.weight).length, `${n.identifier}: rank counts the heavier ones`);
    assert.equal(n.weightRankOf, ranked.length);
  }
  for (const n of res.data.myNodes.nodes.filter((x: any) => x.weightShare === null)) {
    assert.equal(n.weightRank, null, `${n.identifier}: no rank without a share`);
  }
});

test('serverInfo gives the configured explorer link template', async () => {
  const res = await app.gql(`{ serverInfo { nodeExplorerUrlTemplate } }`);
  assert.equal(res.data.serverInfo.nodeExplorerUrlTemplate, 'https://explorer.example.com/participants/{address}');
});
