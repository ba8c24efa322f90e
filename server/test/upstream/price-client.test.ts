import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_UPSTREAM_OPTIONS, PriceClient, UpstreamSchemaError } from '../../src/upstream/index.js';

// A loopback CoinGecko-compatible server: records what it was asked, answers what the test sets.
let server: Server;
let base: string;
let seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let reply: unknown = {};

before(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const opts = { ...DEFAULT_UPSTREAM_OPTIONS, maxAttempts: 1 };

test('spot: the documented route and query, the demo key header, prices as exact decimal text', async () => {
  seen = [];
  reply = { 'wrapped-gonka': { usd: 0.4213, eur: 1e-7, last_updated_at: 1765000000 } };
  const client = new PriceClient(`${base}/`, 'wrapped-gonka', 'demo-key-123', opts);
  const spot = await client.spot();
  assert.deepEqual(spot, { usd: '0.4213', eur: '0.0000001', updatedAt: new Date(1765000000 * 1000) });
  assert.equal(seen[0].url, '/api/v3/simple/price?ids=wrapped-gonka&vs_currencies=usd,eur&include_last_updated_at=true');
  assert.equal(seen[0].headers['x-cg-demo-api-key'], 'demo-key-123');
  assert.equal(seen[0].headers['x-cg-pro-api-key'], undefined);
});

test('spot: no key, no key header; an unknown coin is no price, not an error', async () => {
  seen = [];
  reply = {};
  const spot = await new PriceClient(base, 'wrapped-gonka', undefined, opts).spot();
  assert.deepEqual(spot, { usd: null, eur: null, updatedAt: null });
  assert.equal(seen[0].headers['x-cg-demo-api-key'], undefined);
});

test('daily: one point per UTC day (its first), oldest first; nulls skipped; bad bodies are schema errors', async () => {
  seen = [];
  const day = Date.UTC(2025, 11, 1);
  reply = {
    prices: [
      [day + 86_400_000, 0.5],
      [day, 0.4],
      [day + 86_400_000 + 3_600_000, 0.55],
      [day + 2 * 86_400_000, null],
    ],
    market_caps: [],
    total_volumes: [],
  };
  const client = new PriceClient(base, 'wrapped-gonka', undefined, opts);
  const points = await client.daily('eur', 30);
  assert.equal(seen[0].url, '/api/v3/coins/wrapped-gonka/market_chart?vs_currency=eur&days=30&interval=daily');
  assert.deepEqual(points, [
    { day: '2025-12-01', price: '0.4', at: new Date(day) },
    { day: '2025-12-02', price: '0.5', at: new Date(day + 86_400_000) },
  ]);
  reply = { prices: [[day, 'expensive']] };
  await assert.rejects(client.daily('usd', 1), UpstreamSchemaError);
  await assert.rejects(client.daily('usd', 366), RangeError);
});
