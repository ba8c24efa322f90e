// Seeding for the benchmarks: customers owning nodes, inserted with SQL (no argon2 sign-ups), and a
// warm customer (an epoch settled, a refresh done).
import { sql } from './database.mjs';
import { testing } from './surface.mjs';

/**
 * Inserts `users` customers (password hash 'x': they sign in with minted tokens) owning `perUser`
 * nodes each, taken in order from `identifiers` (needs users × perUser unowned identifiers). Returns the user rows.
 */
export async function seedCustomers(dbUrl, { users, perUser, identifiers, prefix = 'c' }) {
  const rows = await sql(
    dbUrl, // password hash 'x' matches no password: these users sign in with minted tokens
    `INSERT INTO users (email, password_hash) SELECT '${prefix}' || i || '@bench.test', 'x' FROM generate_series(1, $1) i RETURNING id, email, role`,
    [users],
  );
  await sql(
    dbUrl,
    `INSERT INTO nodes (identifier, identifier_type, display_name)
     SELECT id, 'wallet', 'node-' || ord FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord) ON CONFLICT (identifier) DO NOTHING`,
    [identifiers],
  );
  const links = [];
  rows.forEach((r, i) => {
    for (let k = 0; k < perUser; k++) links.push([r.id, identifiers[i * perUser + k]]);
  });
  const linked = await sql(
    dbUrl,
    `INSERT INTO user_nodes (user_id, node_id)
     SELECT l.u::uuid, n.id FROM unnest($1::text[], $2::text[]) AS l(u, ident) JOIN nodes n ON n.identifier = l.ident
     ON CONFLICT DO NOTHING RETURNING node_id`,
    [links.map((l) => l[0]), links.map((l) => l[1])],
  );
  // A node has one owner: reusing identifiers across customers would silently link fewer.
  if (linked.length !== links.length) throw new Error(`seed: linked ${linked.length} of ${links.length} nodes (identifiers reused?)`);
  return rows;
}

/**
 * One customer owning `nodes` simulator hosts, an epoch settled and a refresh done (earnings rows and
 * stats: a realistic, warm state). Returns the customer's access token.
 */
export async function warmCustomer(stack, nodes = 50) {
  const [user] = await seedCustomers(stack.dbUrl, { users: 1, perUser: nodes, identifiers: stack.sim.addresses().slice(0, nodes) });
  stack.sim.advanceEpoch();
  await stack.get(testing().RefresherService).refreshNow();
  return stack.token(user);
}
