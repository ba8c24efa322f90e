import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: a 10 kB body with 5,000 nested arrays in `variables` answered HTTP 500 (a stack overflow
// while the query limits serialized the variables), and nothing was logged.
let app: TestApp;
before(async () => {
  app = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'd'.repeat(40), SIMULATOR: 'off' });
});
after(() => app.close());

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const QUERY = JSON.stringify('{ serverInfo { name } }');
const USES_VARIABLE = JSON.stringify('query ($x: String) { users(search: $x) { totalCount } }');

async function post(body: string) {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: await res.text() };
}

test('variables or extensions nested too deeply are BAD_REQUEST (400), never an internal error', async () => {
  for (const depth of [5000, 100, 20_000]) {
    for (const [shape, nested] of [
      ['arrays', deepArray(depth)],
      ['objects', deepObject(depth)],
    ]) {
      for (const [where, body] of [
        ['variables', `{"query":${QUERY},"variables":{"x":${nested}}}`],
        ['used variable', `{"query":${USES_VARIABLE},"variables":{"x":${nested}}}`],
        ['extensions', `{"query":${QUERY},"extensions":{"x":${nested}}}`],
      ]) {
        const label = `${depth} ${shape} in ${where}`;
        const res = await post(body);
        if (res.status === 413) continue; // over the body size limit: refused before parsing
        assert.equal(res.status, 400, `${label}: ${res.text.slice(0, 300)}`);
        const error = JSON.parse(res.text).errors?.[0];
        assert.equal(error?.extensions?.code, 'BAD_REQUEST', `${label}: ${res.text.slice(0, 300)}`);
        assert.match(error.message, where === 'extensions' ? /^Extensions are nested too deeply/ : /^Variables are nested too deeply/, label);
      }
    }
  }
});

test('variables nested as deep as real inputs still work', async () => {
  const res = await post(`{"query":${QUERY},"variables":{"x":${deepArray(20)},"y":${deepObject(20)}}}`);
  assert.equal(res.status, 200, res.text);
  assert.equal(JSON.parse(res.text).data.serverInfo.name, 'MineGNK');
});

test('deep variables in a GET request are BAD_REQUEST too', async () => {
  const variables = encodeURIComponent(`{"x":${deepArray(2000)}}`);
  const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}&variables=${variables}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  const text = await res.text();
  assert.equal(res.status, 400, text.slice(0, 300));
  assert.equal(JSON.parse(text).errors[0].extensions.code, 'BAD_REQUEST');
});

test('a JSON body nested to any depth the size limit allows is refused with a 4xx and the server keeps answering', async () => {
  // 100 kB is the JSON body limit: about 50,000 levels of arrays, 20,000 of objects.
  for (const body of [
    deepArray(50_000),
    deepObject(19_000),
    `{"query":${QUERY},"variables":${deepObject(19_000)}}`,
    `{"query":${QUERY},"operationName":${deepArray(40_000)}}`,
    `[${deepArray(40_000)}]`,
  ]) {
    const res = await post(body);
    assert.ok(res.status >= 400 && res.status < 500, `${body.slice(0, 40)}…: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    assert.doesNotMatch(res.text, /INTERNAL_SERVER_ERROR|call stack|RangeError/);
  }
  const alive = await app.gql('{ serverInfo { name } }');
  assert.equal(alive.data?.serverInfo?.name, 'MineGNK');
});
