import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnServer } from '../helpers/spawn-server.js';

// The bad-config pattern (bad-config.test.ts) for the price source's variables.
const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['PRICE_API_URL not a URL', { PRICE_API_URL: 'coingecko' }, /PRICE_API_URL: expected an http\(s\) URL/],
  ['PRICE_API_URL not http(s)', { PRICE_API_URL: 'ftp://api.coingecko.com/api/v3' }, /PRICE_API_URL: expected an http\(s\) URL/],
  ['PRICE_COIN_ID with spaces', { PRICE_COIN_ID: 'wrapped gonka' }, /PRICE_COIN_ID: expected a CoinGecko coin id/],
  ['PRICE_API_KEY too short', { PRICE_API_KEY: 'abc' }, /PRICE_API_KEY: expected at least 8 characters/],
];

for (const [name, env, message] of cases) {
  test(`bad price config stops the process with a message naming the variable: ${name}`, async () => {
    const server = spawnServer(env);
    const code = await server.exited();
    assert.notEqual(code, 0);
    assert.match(server.output(), /Invalid configuration/);
    assert.match(server.output(), message);
    assert.doesNotMatch(server.output(), /MineGNK is running/);
  });
}
