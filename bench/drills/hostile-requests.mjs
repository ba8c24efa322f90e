// Drill: generated invalid and hostile GraphQL requests (malformed JSON, oversize strings, deep and
// aliased queries, wrong types, unknown enums, bad tokens, admin operations as a customer), half
// against a production-mode app and half against a development-mode one. Counts INTERNAL_SERVER_ERROR
// answers and answers leaking internals. Deterministic (seeded). See bench/README.md.
import { SMOKE, header, pool, run, table } from '../lib/report.mjs';
import { seedCustomers, stopEmbedded, withStack } from '../lib/stack.mjs';

const TOTAL = SMOKE ? 200 : 2400;
const LEAK = /\bat \S+ \(|\bat (?:async )?\/|node_modules|\/work\/|dist\/src|\.(?:ts|js):\d+|\b(?:SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|QueryFailedError|syntax error at or near|duplicate key value|violates .*constraint|relation "|ECONNREFUSED|127\.0\.0\.1:\d+|localhost:\d+|\/chain-api\/|\/hyperfusion\/|\/v1\/epochs|stacktrace|TypeError|ReferenceError|Cannot read prop/i;

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const big = (n) => 'x'.repeat(n);
const J = (query, variables) => JSON.stringify({ query, variables });
const nest = (d) => `{ __schema { types { ${'fields { type { ofType { '.repeat(d)}name${' } } }'.repeat(d)} } } }`;
const aliases = (n, f) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`;
const CREATE = 'mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }';
const MY = 'query ($first: Int, $after: String, $f: NodesFilterInput) { myNodes(first: $first, after: $after, filter: $f) { nodes { id status } } }';

/** Each generator returns { category, body, auth: 'customer'|'none'|'bad'|string }. */
const GENERATORS = [
  () => ({ category: 'malformed JSON', body: pick(['{', '{"query": "{ me { id } }"', 'null', '[]', '"x"', '{"query": 123}', '{"query": null}', '{"variables": []}', '\u0000\u0001', '{"query":"{ me { id } }","variables":"x"}', big(2000), `[${J('{ serverInfo { name } }')},${J('{ me { id } }')}]`]) }),
  () => ({ category: 'syntax / unknown fields', body: J(pick(['{', '{ me { id ', '{ nope }', '{ me { password_hash } }', 'query { ...F } fragment F on Query { ...F }', '{ me { id @skip(if: "x") } }', 'query A { me { id } } query B { me { id } }', 'subscription { me { id } }', '{ __type(name: 1) { name } }', '{ me(x: 1) { id } }'])) }),
  () => ({ category: 'deep queries', body: J(nest(5 + Math.floor(rnd() * 60))) }),
  () => ({ category: 'aliases / cost', body: J(pick([aliases(31 + Math.floor(rnd() * 500), 'serverInfo { name }'), aliases(40, 'myNodes(first: 100) { nodes { id status earnings(granularity: EPOCH) { amount } } }'), `{ myNodes(first: 100) { nodes { inferenceJobs(first: 100) { nodes { id } } } } }`])) }),
  () => ({ category: 'wrong types', body: J(MY, { first: pick(['abc', 1e12, -1, 0, 101, 1.5, true, {}, [1], null]), after: pick([undefined, '!!!', 'bm9kZTp4', big(5000), 'eyJ0IjoxfQ==', 'Y3Vyc29yOi0xMDA=']) }) }),
  () => ({ category: 'unknown enums', body: J(pick(['{ myNodes(filter: { status: [FOO] }) { nodes { id } } }', '{ myNodes(orderBy: { field: HACK }) { nodes { id } } }', '{ dashboard { earningsSeries(granularity: HOUR) { amount } } }']), undefined) }),
  () => ({ category: 'bad variables', body: J(CREATE, pick([{ input: { type: 'NOPE', quantity: 1 } }, { input: { type: 'NEW_NODE', quantity: pick([0, -5, 101, 1e9, 2.5, '7']) } }, { input: { type: 'NEW_NODE', quantity: 1, comments: big(pick([2001, 100_000])) } }, { input: { type: 'NEW_NODE', quantity: 1, gpuType: big(65) } }, { input: null }, {}, { input: { type: 'NEW_NODE', quantity: 1, extra: 1 } }])) }),
  () => ({ category: 'oversize strings', body: J(pick([MY, '{ node(id: $id) { id } }'.replace('{ node', 'query ($id: ID!) { node')]), { f: { search: big(pick([200, 10_000, 500_000])) }, id: pick([big(10_000), "1' OR '1'='1", '-1', '00000000-0000-0000-0000-000000000000', '\u0000']) }) }),
  () => ({ category: 'admin ops as customer', body: J(pick(['mutation { assignNode(input: { identifier: "gonka1xyz", identifierType: WALLET, userId: "1" }) { id } }', '{ users { nodes { id } } }', '{ nodes(first: 100) { nodes { id } } }', '{ systemStats { totalUsers } }', 'mutation { updateSupportRequest(id: "x", input: { status: COMPLETED }) { id } }'])) }),
  () => ({ category: 'bad tokens', auth: pick(['bad', 'Bearer', 'Bearer a.b.c', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIn0.', `Bearer ${big(10_000)}`, 'Basic YTpi']), body: J('{ me { id email role } }') }),
  () => ({ category: 'auth inputs', body: J('mutation ($i: RegisterInput!) { register(input: $i) { accessToken } }', { i: { email: pick(['not-an-email', big(300) + '@x.io', '', 'A@B.C', 'a@b.c\u0000']), password: pick(['', 'short', big(200)]) } }) }),
];

async function attack(stack, token, n, mode) {
  const cases = Array.from({ length: n }, () => {
    const c = GENERATORS[Math.floor(rnd() * GENERATORS.length)]();
    return { ...c, auth: c.auth ?? pick(['customer', 'customer', 'none']) };
  });
  const results = await pool(cases.length, 10, async (i) => {
    const c = cases[i];
    const headers = { 'content-type': rnd() < 0.05 ? 'text/plain' : 'application/json' };
    if (c.auth === 'customer') headers.authorization = `Bearer ${token}`;
    else if (c.auth !== 'none') headers.authorization = c.auth;
    const res = await fetch(`${stack.url}/graphql`, { method: 'POST', headers, body: c.body, signal: AbortSignal.timeout(30_000) });
    return { ...c, status: res.status, text: await res.text() };
  });
  const byCat = {};
  for (const [i, r] of results.entries()) {
    const cat = cases[i].category;
    const row = (byCat[cat] ??= { mode, category: cat, sent: 0, 'HTTP 4xx': 0, 'HTTP 5xx': 0, INTERNAL_SERVER_ERROR: 0, leaks: 0, 'no answer': 0 });
    row.sent++;
    if (r.thrown) { row['no answer']++; continue; }
    if (r.status >= 400 && r.status < 500) row['HTTP 4xx']++;
    if (r.status >= 500) row['HTTP 5xx']++;
    if (r.text.includes('INTERNAL_SERVER_ERROR') && row.INTERNAL_SERVER_ERROR++ === 0) console.log(`INTERNAL_SERVER_ERROR sample (${mode}, ${cat}): ${r.body.slice(0, 200)}`);
    if (LEAK.test(r.text)) {
      row.leaks++;
      if (row.leaks === 1) console.log(`leak sample (${mode}, ${cat}): ${r.text.slice(0, 400)}`);
    }
  }
  const alive = await stack.gql('{ serverInfo { name } }');
  return { rows: Object.values(byCat), alive: alive.data?.serverInfo?.name === 'MineGNK' };
}

async function main() {
  header('drill: hostile GraphQL requests');
  const rows = [];
  let alive = true;
  for (const mode of ['production', 'development']) {
    await withStack({ NODE_ENV: mode, SIMULATOR_PARTICIPANTS: '100' }, async (stack) => {
      const [user] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 5, identifiers: stack.sim.addresses().slice(50, 55), prefix: 'victim' });
      const r = await attack(stack, stack.token(user), TOTAL / 2, mode);
      rows.push(...r.rows.sort((a, b) => a.category.localeCompare(b.category)));
      alive &&= r.alive;
    });
  }
  const total = (k) => rows.reduce((s, r) => s + r[k], 0);
  const lost = total('INTERNAL_SERVER_ERROR') + total('leaks') + total('HTTP 5xx') + total('no answer') + (alive ? 0 : 1);
  rows.push({ mode: 'TOTAL', category: '', sent: total('sent'), 'HTTP 4xx': total('HTTP 4xx'), 'HTTP 5xx': total('HTTP 5xx'), INTERNAL_SERVER_ERROR: total('INTERNAL_SERVER_ERROR'), leaks: total('leaks'), 'no answer': total('no answer') });
  table(`${TOTAL} generated hostile requests (targets: INTERNAL_SERVER_ERROR 0, leaks 0)`, rows);
  console.log(`server still answering normal queries afterwards: ${alive ? 'yes' : 'NO'}`);
  console.log(`lost (5xx + INTERNAL_SERVER_ERROR + leaks + no answer, target 0): ${lost}`);
  return lost > 0 ? 1 : 0;
}

run(main, stopEmbedded);
