// Hostile-requests drill: the mix of argument fuzzing and structural attacks, and the role each
// request is sent as. The same seed gives the same sequence of requests.
import { makeArgumentCases } from './argument-cases.mjs';
import { CLASSES, TARGETS } from './schema-targets.mjs';
import { makeDocumentAttacks } from './structural-document-cases.mjs';
import { makeRequestAttacks } from './structural-request-cases.mjs';

export function makeGenerator(R, world, opts) {
  const fuzzSite = makeArgumentCases(R, world, opts);
  // Key order is the order of the seeded weighted pick below: document attacks first.
  const STRUCTURAL = { ...makeDocumentAttacks(R, world), ...makeRequestAttacks(R) };
  const argClasses = Object.keys(CLASSES).map((c) => [c, c === 'valid-looking' ? 6 : 3]);
  const structural = Object.keys(STRUCTURAL).map((c) => [c, 3]);
  const mix = [...argClasses.map(([c, w]) => [{ kind: 'args', c }, w]), ...structural.map(([c, w]) => [{ kind: 'structural', c }, w])];

  return function nextCase() {
    const pickFrom = R.weighted(mix);
    const role = R.weighted([
      ['anonymous', 3],
      ['customer', 4],
      ['admin', 3],
    ]);
    if (pickFrom.kind === 'args') {
      const { site, position } = R.pick(TARGETS[pickFrom.c]);
      const made = fuzzSite(pickFrom.c, site, position);
      return { category: pickFrom.c, role, method: 'POST', path: '/graphql', contentType: 'application/json', ...made };
    }
    const made = STRUCTURAL[pickFrom.c]();
    const body = made.body;
    const strings = typeof body === 'string' ? [...(made.strings ?? []), ...(body.length < 200_000 ? [body] : [])] : [];
    return {
      category: pickFrom.c,
      role: made.auth ? 'forged token' : role,
      method: 'POST',
      path: '/graphql',
      contentType: 'application/json',
      target: `(${pickFrom.c})`,
      ...made,
      strings,
    };
  };
}
