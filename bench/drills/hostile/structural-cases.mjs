// Hostile-requests drill: structural attacks, whatever the arguments — deep selections, alias floods,
// fragment cycles and fan-out, huge documents, many operations, batches, invalid JSON, deep JSON in
// variables and extensions, wrong content types and methods, GET, malformed variables, introspection,
// forged tokens.
import { G } from './schema-targets.mjs';
import { TOKENS } from './values.mjs';

/** Attack kind → a function making one request of that kind (PRNG `R`, seeded `world`). */
export function makeStructuralCases(R, world) {
  const J = (query, variables, operationName) => JSON.stringify({ query, variables, operationName });
  const nestInvalid = (d) => `{ me { ${'a { '.repeat(d)}id${' }'.repeat(d)} } }`;
  const aliasesOf = (n, f) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`;
  const COSTLY = [
    'serverInfo { name }',
    'me { id email }',
    'myNodes(first: 100) { nodes { id status earnings(granularity: EPOCH) { amount } } }',
    'dashboard { totalNodes earningsSeries { amount } }',
    'nodes(first: 100) { totalCount }',
    'systemStats { users }',
    'mySupportRequests(first: 100) { nodes { id user { email } } }',
  ];
  const fanout = (levels, branch) => {
    let s = `query { ...F0 } `;
    for (let i = 0; i < levels; i++) s += `fragment F${i} on Query { ${Array.from({ length: branch }, () => `...F${i + 1}`).join(' ')} } `;
    return `${s}fragment F${levels} on Query { serverInfo { name } }`;
  };

  const STRUCTURAL = {
    'deep selection': () =>
      R.pick([
        () => ({ body: J(nestInvalid(R.pick([11, 12, 20, 64, 300]))) }),
        () => {
          const d = R.int(3, 25);
          return { body: J(`{ __type(name: "Node") { fields { type { ${'ofType { '.repeat(d)}name${' }'.repeat(d)} } } } }`) };
        },
        () => {
          const d = R.pick([6, 8, 12]);
          return { body: J(`{ __schema { types { ${'fields { type { '.repeat(d)}name${' } }'.repeat(d)} } } }`) };
        },
        () => {
          const d = R.pick([100, 1000, 3000]);
          return { body: J(`{ myNodes { nodes { ${'... on Node { '.repeat(d)}id${' }'.repeat(d)} } } }`) };
        },
        () => {
          const d = R.pick([2000, 5000, 10_000]);
          return { body: J(`{ ${'a { '.repeat(d)}b${' }'.repeat(d)} }`) };
        },
        () => {
          const d = R.pick([1000, 5000, 20_000]);
          return { body: J(`{ users(search: ${'['.repeat(d)}"x"${']'.repeat(d)}) { totalCount } }`) };
        },
        () => ({
          body: J(
            '{ myNodes(first: 5) { edges { node { hardware { mlNodes { models } gpus { type count } } inferenceJobs(first: 5) { edges { node { validatedBy } } } } } } }',
          ),
        }),
        () => ({ body: J('{ mySupportRequests { edges { node { user { notificationPreferences { nodeDown } } assignedTo { email } } } } }') }),
      ])(),
    'alias flood': () =>
      R.pick([
        () => ({ body: J(aliasesOf(R.pick([31, 100, 500, 2000]), R.pick(COSTLY))) }),
        () => ({ body: J(aliasesOf(30, R.pick(COSTLY))) }),
        () => ({
          body: J(
            `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: node(id: "${R.pick([...world.victimNodes, ...world.otherNodes])}") { id earnings(granularity: EPOCH) { amount } statusHistory { at } }`).join(' ')} }`,
          ),
        }),
        () => ({ body: J(`{ me { ${'id '.repeat(R.pick([100, 1000, 5000]))}} }`) }),
        () => ({ body: J(`{ me { ${Array.from({ length: R.pick([50, 500]) }, (_, i) => `id${i}: id`).join(' ')} } }`) }),
        () => ({
          body: J(
            `mutation { ${Array.from({ length: R.pick([5, 31, 100]) }, (_, i) => `r${i}: createSupportRequest(input: { type: OTHER }) { id }`).join(' ')} }`,
          ),
          mutation: 'createSupportRequest',
          aliased: true,
        }),
      ])(),
    'fragments / cycles': () =>
      R.pick([
        () => ({ body: J('query { ...A } fragment A on Query { ...A }') }),
        () => ({ body: J('query { ...A } fragment A on Query { ...B } fragment B on Query { me { id } ...A }') }),
        () => {
          const n = R.pick([10, 50, 300]);
          return { body: J(`query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % n} }`).join(' ')}`) };
        },
        () => {
          const n = R.pick([100, 1000, 3000]);
          return {
            body: J(
              `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? 'serverInfo { name }' : `...F${i + 1}`} }`).join(' ')}`,
            ),
          };
        },
        () => ({ body: J(fanout(R.int(8, 21), 2)) }),
        () => ({ body: J(fanout(R.int(3, 6), R.pick([8, 10]))) }),
        () => ({ body: J('query { ...Missing }') }),
        () => ({ body: J('query { ...F } fragment F on User { id }') }),
        () => ({ body: J('query { me { ...F } } fragment F on User { id } fragment F on User { email }') }),
        () => ({ body: J('query { me { ... on Node { id } } }') }),
        () => ({ body: J(`query { me { ...U } } fragment U on User { ${'...U2 '.repeat(500)} } fragment U2 on User { id email }`) }),
      ])(),
    'huge document': () =>
      R.pick([
        () => ({ body: J(`# ${'x'.repeat(R.pick([50_000, 95_000]))}\n{ serverInfo { name } }`) }),
        () => ({ body: J(`{ ${' '.repeat(90_000)}serverInfo { name } }`) }),
        () => ({ body: J(`{ ${'__typename '.repeat(R.pick([5000, 8000]))}}`) }),
        () => ({ body: J(`{ serverInfo { name } }${' '.repeat(2_000_000)}`) }),
        () => ({ body: J(`{ users(search: "${'y'.repeat(95_000)}") { totalCount } }`) }),
        () => ({ body: J(`{ ${'me,'.repeat(20_000)} }`) }),
        () => ({ body: J(`{ me(${'a: 1, '.repeat(5000)}) { id } }`) }),
        () => ({ body: J(`query (${Array.from({ length: 3000 }, (_, i) => `$v${i}: Int`).join(', ')}) { serverInfo { name } }`) }),
        () => ({ body: J(`{ serverInfo @skip(if: false) ${'@include(if: true) '.repeat(3000)}{ name } }`) }),
      ])(),
    'many operations': () => {
      const n = R.pick([2, 10, 100, 500]);
      const ops = Array.from({ length: n }, (_, i) => `query Op${i} { serverInfo { name } }`).join(' ');
      return R.pick([
        () => ({ body: J(ops) }),
        () => ({ body: J(ops, undefined, `Op${R.int(0, n - 1)}`) }),
        () => ({ body: J(ops, undefined, 'Nope') }),
        () => ({ body: JSON.stringify({ query: ops, operationName: R.pick([123, {}, ['Op0'], true, '']) }) }),
        () => ({ body: J('query A { me { id } } query A { serverInfo { name } }', undefined, 'A') }),
        () => ({ body: J('{ me { id } } query B { serverInfo { name } }', undefined, 'B') }),
        () => ({ body: J('query A { me { id } } mutation B { logout }', undefined, 'A') }),
        () => ({ body: J(`${ops} subscription S { me { id } }`, undefined, 'S') }),
        () => ({ body: J('subscription { serverInfo { name } }') }),
      ])();
    },
    'batched array': () => {
      const one = () =>
        R.pick([
          { query: '{ serverInfo { name } }' },
          { query: '{ me { id email } }' },
          { query: 'mutation { createSupportRequest(input: { type: OTHER }) { id } }' },
        ]);
      return R.pick([
        () => ({ body: JSON.stringify(Array.from({ length: R.pick([1, 2, 10, 100]) }, one)), mutation: 'createSupportRequest', batched: true }),
        () => ({ body: '[]' }),
        () => ({ body: JSON.stringify([[one()]]) }),
        () => ({ body: JSON.stringify([1, 'x', null, true]) }),
        () => ({ body: JSON.stringify([one(), '{ me { id } }']) }),
      ])();
    },
    'invalid JSON body': () => ({
      body: R.pick([
        () => '{',
        () => '{"query": "{ me { id } }"',
        () => 'null',
        () => '"x"',
        () => '42',
        () => 'true',
        () => '{"query": 123}',
        () => '{"query": null}',
        () => '{"query": ""}',
        () => '{"query": ["{ me { id } }"]}',
        () => '{"query": {"a": 1}}',
        () => '{"variables": []}',
        () => '\u0000\u0001',
        () => "{'query': '{ me { id } }'}",
        () => '{"query": "{ me { id } }",}',
        () => '{"query": "{ me { id } }" /* c */}',
        () => '\ufeff{"query":"{ serverInfo { name } }"}',
        () => '{"query":"{ serverInfo { name } }"} trailing',
        () => '{"query":"{ serverInfo { name } }","query":"{ me { id } }"}',
        () => `{"query": "{ serverInfo { name } }", "variables": {"a": 1e400}}`,
        () => '{"query": "\\ud800"}',
        () => '{"query": "\\u0000"}',
        () => Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
        () => `${'['.repeat(R.pick([1000, 50_000]))}${']'.repeat(1000)}`,
        () => `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_001)}`,
        () => '{"__proto__": {"query": "{ me { id } }"}}',
        () => '{"query": "{ me { id } }", "extensions": "x"}',
        () => '{"query": "{ serverInfo { name } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
        () => '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
        () => Buffer.from('{"query":"{ serverInfo { name } }"}', 'utf16le'),
        () => '',
      ])(),
    }),
    // Issue #11: 5,000 nested arrays in `variables` (10 kB) overflowed the stack → HTTP 500. Arrays and
    // objects, in variables (used or not) and extensions, POST and GET, up to the 100 kB body limit.
    'deep JSON': () => {
      const arrays = (d) => `${'['.repeat(d)}${']'.repeat(d)}`;
      const objects = (d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`;
      const nested = (max) => R.pick([arrays, objects])(Math.min(max, R.pick([33, 100, 1000, 5000, 19_000, 45_000])));
      const query = JSON.stringify(
        R.pick([
          '{ serverInfo { name } }',
          'query ($x: String) { users(search: $x) { totalCount } }',
          'query ($f: NodesFilterInput) { myNodes(filter: $f) { totalCount } }',
        ]),
      );
      return R.pick([
        () => ({ body: `{"query":${query},"variables":{"x":${nested(45_000)}}}` }),
        () => ({ body: `{"query":${query},"variables":{"f":{"status":${nested(45_000)}}}}` }),
        () => ({ body: `{"query":${query},"variables":${nested(19_000)}}` }),
        () => ({ body: `{"query":${query},"extensions":{"x":${nested(45_000)}}}` }),
        () => ({ body: `{"query":${query},"extensions":{"persistedQuery":${nested(45_000)}}}` }),
        () => ({ body: nested(45_000) }),
        // Query strings are capped by Node's 16 kB header limit: under 1,000 levels once percent-encoded.
        () => ({
          method: 'GET',
          contentType: null,
          preflight: true,
          path: `/graphql?query=${encodeURIComponent('{ serverInfo { name } }')}&${R.pick(['variables', 'extensions'])}=${encodeURIComponent(`{"x":${nested(900)}}`)}`,
        }),
      ])();
    },
    'wrong content type / method': () => {
      const body = J('{ serverInfo { name } }');
      return R.pick([
        () => ({
          contentType: R.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/graphql',
            'application/xml',
            'text/html',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
            'application/jsonx',
            '*/*',
            'application/graphql-response+json',
          ]),
          body,
        }),
        () => ({ contentType: null, body }),
        () => ({ contentType: 'application/x-www-form-urlencoded', body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D&variables=x' }),
        () => ({ contentType: 'application/graphql', body: '{ me { id } }' }),
        () => ({ method: R.pick(['PUT', 'DELETE', 'PATCH']), body }),
        () => ({ method: 'OPTIONS' }),
        () => ({ method: 'HEAD', path: '/graphql?query=%7B%20serverInfo%20%7B%20name%20%7D%20%7D' }),
      ])();
    },
    'GET requests': () => {
      const q = (query, extra = '') => `/graphql?query=${encodeURIComponent(query)}${extra}`;
      return {
        method: 'GET',
        contentType: null,
        preflight: R.chance(0.6),
        ...R.pick([
          () => ({ path: q('{ serverInfo { name } }') }),
          () => ({ path: q('{ me { id email } }') }),
          () => ({ path: q('mutation { createSupportRequest(input: { type: OTHER }) { id } }'), mutation: 'createSupportRequest' }),
          () => ({
            path: q(
              'query ($n: Int) { myNodes(first: $n) { totalCount } }',
              `&variables=${encodeURIComponent(R.pick(['{"n": "x"}', '{bad', '[]', '{"n": 1e400}']))}`,
            ),
          }),
          () => ({ path: q('{ __schema { types { name } } }') }),
          () => ({ path: q('{ serverInfo { name } }', `&operationName=${R.pick(['x', '', '%00'])}&extensions=%7Bbad`) }),
          () => ({ path: q(`{ users(search: "${'z'.repeat(R.pick([5000, 20_000, 100_000]))}") { totalCount } }`) }),
          () => ({ path: '/graphql' }),
          () => ({ path: '/graphql?query=%E0%A4%A&variables=%' }),
          () => ({ path: `/graphql?${Array.from({ length: 2000 }, (_, i) => `query=${i}`).join('&')}` }),
        ])(),
      };
    },
    'variables: wrong JSON types': () => {
      const query = 'query V($first: Int, $f: NodesFilterInput, $o: NodeOrderInput) { myNodes(first: $first, filter: $f, orderBy: $o) { totalCount } }';
      return R.pick([
        () => ({ body: JSON.stringify({ query, variables: R.pick(['x', [], 5, true, '{"first": 1}', [{ first: 1 }]]) }) }),
        () => ({
          body: JSON.stringify({
            query,
            variables: {
              first: R.pick([[1], { n: 1 }, '1', true, null]),
              f: R.pick(['x', [], 5, { status: 'HEALTHY' }, { status: [['HEALTHY']] }]),
              o: R.pick([{ field: 'NAME', direction: 'asc' }, 'NAME', [], { field: null }]),
            },
          }),
        }),
        () => ({
          body: `{"query": ${JSON.stringify(query)}, "variables": {"__proto__": {"first": 1, "isAdmin": true}, "constructor": {"prototype": {"x": 1}}}}`,
        }),
        () => ({ body: JSON.stringify({ query, variables: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, i])) }) }),
        () => ({
          body: JSON.stringify({ query: 'query ($u: ID!) { supportRequest(id: $u) { id } }', variables: { u: R.pick([null, {}, [R.uuid()], 1.5, true]) } }),
        }),
        () => ({ body: JSON.stringify({ query: 'query ($u: ID!) { supportRequest(id: $u) { id } }' }) }),
        () => ({ body: JSON.stringify({ query: 'query ($u: Undeclared) { serverInfo { name } }', variables: { u: 1 } }) }),
        () => ({ body: JSON.stringify({ query: '{ serverInfo { name } }', variables: { unused: 'x'.repeat(50_000) } }) }),
      ])();
    },
    introspection: () =>
      R.pick([
        () => ({ body: J(G.getIntrospectionQuery()) }),
        () => ({ body: J('{ __schema { types { name fields { name } } } }') }),
        () => ({ body: J('{ __type(name: "User") { fields { name type { name } } } }') }),
        () => ({ body: J('query ($n: String!) { __type(name: $n) { name } }', { n: R.pick(['Query', 'Mutation', 'UserEntity', '__Schema', '']) }) }),
        () => ({ body: J('fragment F on Query { __schema { queryType { name } } } { ...F }') }),
        () => ({ body: J('{ ... on Query { s: __schema { mutationType { fields { name } } } } }') }),
        () => ({ body: J('{ serverInfo { name } a: __type(name: "SystemStats") { fields { name } } }') }),
        () => ({ body: J('{ __typename serverInfo { __typename } }') }),
      ])(),
    'forged tokens': () => ({
      auth: R.pick(TOKENS()),
      body: J(R.pick(['{ me { id email role } }', '{ systemStats { users } }', '{ myNodes { totalCount } }', 'mutation { logout }'])),
    }),
  };

  return STRUCTURAL;
}
