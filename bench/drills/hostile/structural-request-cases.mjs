// Hostile-requests drill: structural attacks around the document — batches, invalid JSON, deep JSON
// in variables and extensions, wrong content types and methods, GET, malformed variables — plus
// introspection and forged tokens.
import { TOKENS } from './hostile-catalog.mjs';
import { G } from './schema-targets.mjs';
import { requestBody as J } from './structural-document-cases.mjs';

/** Attack kind → a function making one request of that kind (PRNG `R`). */
export function makeRequestAttacks(R) {
  const attacks = {
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

  return attacks;
}
