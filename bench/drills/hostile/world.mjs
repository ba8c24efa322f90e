// Hostile-requests drill: the seeded world (a victim customer, another customer, an admin, spare
// nodes, support requests, real cursors), snapshots of the tables hostile traffic must not touch,
// and the check that every changed row is explained by an executed mutation.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sql } from '../../lib/database.mjs';
import { seedCustomers } from '../../lib/seed.mjs';
import { ROOT, testing } from '../../lib/surface.mjs';

const argon2 = createRequire(join(ROOT, 'server/package.json'))('argon2');
const { RefresherService } = testing();

/** The seeded accounts' real password (argon2 hash), so valid-looking logins can succeed. */
export const PASSWORD = 'bench-password-2026';

export async function prepare(stack) {
  const addrs = stack.sim.addresses();
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [victim] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 5, identifiers: addrs.slice(50, 55), prefix: 'victim' });
  const [other] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 3, identifiers: addrs.slice(60, 63), prefix: 'other' });
  const [admin] = await sql(
    stack.dbUrl,
    `INSERT INTO users (email, password_hash, role) VALUES ('hostile-admin@bench.test', 'x', 'admin') RETURNING id, email, role`,
  );
  await sql(stack.dbUrl, `UPDATE users SET password_hash = $1 WHERE email LIKE '%@bench.test'`, [hash]);
  await sql(stack.dbUrl, `INSERT INTO nodes (identifier, identifier_type, display_name) SELECT unnest($1::text[]), 'wallet', 'spare'`, [addrs.slice(70, 74)]);
  const requests = await sql(
    stack.dbUrl,
    `INSERT INTO support_requests (user_id, type, quantity, comments, status)
     SELECT u, t, 2, 'seed', s FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(u, t, s) RETURNING id, user_id`,
    [
      [victim.id, victim.id, victim.id, other.id, other.id],
      ['new_node', 'support', 'other', 'new_node', 'other'],
      ['pending', 'in_progress', 'completed', 'pending', 'rejected'],
    ],
  );
  const nodeIds = async (userId) =>
    (await sql(stack.dbUrl, `SELECT node_id FROM user_nodes un JOIN nodes n ON n.id = un.node_id WHERE user_id = $1 ORDER BY n.identifier`, [userId])).map(
      (r) => r.node_id,
    );
  await sql(
    stack.dbUrl,
    `INSERT INTO activity_events (user_id, kind, message) SELECT u, 'request_update', 'seed ' || g FROM unnest($1::uuid[]) u, generate_series(1, 3) g`,
    [[victim.id, other.id]],
  );
  stack.sim.advanceEpoch();
  await stack.get(RefresherService).refreshNow();
  const tokens = { customer: stack.token(victim), admin: stack.token(admin) };
  // Real cursors of every kind (offset, uuid keyset, bigint keyset), to tamper with and to reuse.
  const cursorQueries = [
    [
      'customer',
      '{ myNodes(first: 1) { pageInfo { endCursor } } mySupportRequests(first: 1) { pageInfo { endCursor } } dashboard { recentActivity(first: 1) { pageInfo { endCursor } } } }',
    ],
    ['admin', '{ nodes(first: 1) { pageInfo { endCursor } } users(first: 1) { pageInfo { endCursor } } supportRequests(first: 1) { pageInfo { endCursor } } }'],
  ];
  const cursors = [];
  for (const [role, q] of cursorQueries) {
    const r = await stack.gql(q, undefined, tokens[role]);
    JSON.stringify(r.data ?? {}, (k, v) => (k === 'endCursor' && v ? cursors.push(v) : v));
  }
  const victimNodes = await nodeIds(victim.id);
  const otherNodes = await nodeIds(other.id);
  const otherIdentifiers = addrs.slice(60, 63);
  const victimRequests = requests.filter((r) => r.user_id === victim.id).map((r) => r.id);
  const otherRequests = requests.filter((r) => r.user_id === other.id).map((r) => r.id);
  return {
    victim,
    other,
    admin,
    tokens,
    cursors: cursors.length ? cursors : ['bzow'],
    victimNodes,
    otherNodes,
    otherIdentifiers,
    victimRequests,
    otherRequests,
    unowned: addrs.slice(70, 74),
    emails: [victim.email, other.email, admin.email, 'nobody@bench.test'],
    // gonka1… addresses are public chain data (e.g. InferenceJob.validatedBy lists other hosts): only
    // the portal's own rows count as someone else's data for a customer.
    foreignForCustomer: [other.email, ...otherNodes, ...otherRequests],
    foreignForAnonymous: [
      victim.email,
      other.email,
      admin.email,
      ...victimNodes,
      ...otherNodes,
      ...addrs.slice(50, 55),
      ...otherIdentifiers,
      ...victimRequests,
      ...otherRequests,
    ],
  };
}

/** Rows of the tables hostile traffic must not touch except through accepted mutations. */
export async function snapshot(dbUrl) {
  const q = (text) => sql(dbUrl, text);
  return {
    users: await q(`SELECT id, email, role, password_hash FROM users`),
    nodes: await q(`SELECT id, identifier, identifier_type FROM nodes`),
    user_nodes: await q(
      `SELECT un.user_id || '/' || un.node_id AS id, un.user_id, un.node_id, n.identifier FROM user_nodes un JOIN nodes n ON n.id = un.node_id`,
    ),
    support_requests: await q(`SELECT id, user_id, status, admin_notes, assigned_to FROM support_requests`),
  };
}

/**
 * Compares two snapshots; every added, removed or changed row must be explained by an executed
 * mutation (matched by what was sent: identifiers, user ids, emails; or by the id answered).
 */
export function verify(before, after, accepted) {
  const by = (field) => accepted.filter((a) => a.field === field);
  const ids = (field, get) =>
    new Set(
      by(field)
        .map(get)
        .filter((x) => x !== undefined && x !== null)
        .map((x) => String(x).toLowerCase()),
    );
  const created = ids('createSupportRequest', (a) => a.value?.id);
  const createdUnknown = by('createSupportRequest').filter((a) => !a.value?.id).length;
  const updated = new Set([...ids('updateSupportRequest', (a) => a.value?.id), ...ids('updateSupportRequest', (a) => a.input?.id)]);
  const registered = ids('register', (a) => (typeof a.input?.input?.email === 'string' ? a.input.input.email.trim() : undefined));
  // assignNodes (bulk, issue #15) creates and links every valid line of its list.
  const bulkLines = by('assignNodes').flatMap((a) =>
    (Array.isArray(a.input?.input?.lines) ? a.input.input.lines : []).map((l) => ({
      userId: a.input.input.userId,
      identifier: String(l?.identifier ?? '').trim(),
    })),
  );
  const assignedIdentifiers = new Set([...ids('assignNode', (a) => a.input?.input?.identifier), ...bulkLines.map((l) => l.identifier.toLowerCase())]);
  const assignedPairs = new Set([
    ...ids('assignNode', (a) => `${a.input?.input?.userId}/${a.input?.input?.identifier}`),
    ...bulkLines.map((l) => `${l.userId}/${l.identifier}`.toLowerCase()),
  ]);
  const unassigned = ids('unassignNode', (a) => a.input?.input?.nodeId);
  const passwordChanged = by('changePassword').length;
  const rows = [];
  for (const table of Object.keys(before)) {
    const b = new Map(before[table].map((r) => [r.id, r]));
    const a = new Map(after[table].map((r) => [r.id, r]));
    const added = [...a.keys()].filter((k) => !b.has(k));
    const removed = [...b.keys()].filter((k) => !a.has(k));
    const changed = [...a.keys()].filter((k) => b.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)));
    let unexplained = [];
    if (table === 'users') {
      unexplained = [
        ...added.filter((k) => !registered.has(a.get(k).email.toLowerCase())),
        ...removed,
        ...changed.filter((k) => {
          const x = b.get(k),
            y = a.get(k);
          return x.email !== y.email || x.role !== y.role || (x.password_hash !== y.password_hash && !passwordChanged);
        }),
      ];
    } else if (table === 'nodes') {
      unexplained = [...added.filter((k) => !assignedIdentifiers.has(a.get(k).identifier.toLowerCase())), ...removed, ...changed];
    } else if (table === 'user_nodes') {
      unexplained = [
        ...added.filter((k) => !assignedPairs.has(`${a.get(k).user_id}/${a.get(k).identifier}`.toLowerCase())),
        ...removed.filter((k) => !unassigned.has(b.get(k).node_id)),
      ];
    } else if (table === 'support_requests') {
      unexplained = [
        ...added.filter((k) => !created.has(k)).slice(createdUnknown),
        ...[...created].filter((k) => !a.has(k)),
        ...removed,
        ...changed.filter((k) => !updated.has(k)),
      ];
    }
    const show = (k) => {
      const { password_hash: _h, ...row } = a.get(k) ?? b.get(k) ?? { id: k };
      return JSON.stringify(row);
    };
    rows.push({
      table,
      before: b.size,
      after: a.size,
      added: added.length,
      removed: removed.length,
      changed: changed.length,
      'unexplained (target 0)': unexplained.length,
      _unexplained: unexplained.map(show),
    });
  }
  return rows;
}
