// Hostile-requests drill: structural attacks on the document itself, whatever the arguments — deep
// selections, alias floods, fragment cycles and fan-out, huge documents, many operations.
/** A POST body: the document with its variables and operation name, as JSON. */
export const requestBody = (query, variables, operationName) => JSON.stringify({ query, variables, operationName });

/** Attack kind → a function making one request of that kind (PRNG `R`, seeded `world`). */
export function makeDocumentAttacks(R, world) {
  const J = requestBody;
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

  const attacks = {
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
  };

  return attacks;
}
