// Drill: 1,000 support requests sent at once by 100 customers → every acknowledged request is a row,
// and no row exists that was not acknowledged. See bench/README.md.
import { SMOKE, header, pool, run, table } from '../lib/report.mjs';
import { sql, stopEmbedded } from '../lib/database.mjs';
import { seedCustomers } from '../lib/seed.mjs';
import { withStack } from '../lib/stack.mjs';

const REQUESTS = SMOKE ? 100 : 1000;
const CUSTOMERS = SMOKE ? 10 : 100;
const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id status } }`;

async function main() {
  header('drill: concurrent support requests');
  return withStack({ SIMULATOR_PARTICIPANTS: '100' }, async (stack) => {
    const users = await seedCustomers(stack.dbUrl, { users: CUSTOMERS, perUser: 0, identifiers: [] });
    const tokens = users.map((u) => stack.token(u));
    const started = Date.now();
    const results = await pool(REQUESTS, REQUESTS, (i) =>
      stack.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1 + (i % 5), comments: `burst ${i}` } }, tokens[i % tokens.length], 120_000),
    );
    const ms = Date.now() - started;
    const acked = new Set(results.filter((r) => r.data?.createSupportRequest?.id).map((r) => r.data.createSupportRequest.id));
    const refused = {};
    for (const r of results) {
      if (r.data?.createSupportRequest?.id) continue;
      const k = r.thrown ? r.thrown.name : (r.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
      refused[k] = (refused[k] ?? 0) + 1;
    }
    const rows = await sql(stack.dbUrl, `SELECT id, comments FROM support_requests`);
    const stored = new Set(rows.map((r) => r.id));
    const missing = [...acked].filter((id) => !stored.has(id)).length;
    const unacked = [...stored].filter((id) => !acked.has(id)).length;
    const distinct = new Set(rows.map((r) => r.comments)).size;
    table(`${REQUESTS} createSupportRequest mutations at once from ${CUSTOMERS} customers (${ms} ms)`, [
      {
        sent: REQUESTS,
        acknowledged: acked.size,
        'rows stored': rows.length,
        target: REQUESTS,
        'acked but missing': missing,
        'stored but not acked': unacked,
        'duplicate rows': rows.length - distinct,
        refused: Object.keys(refused).length ? JSON.stringify(refused) : 0,
      },
    ]);
    const lost = missing + unacked + (rows.length - distinct) + (REQUESTS - rows.length);
    console.log(`lost (target 0): ${lost}`);
    return lost > 0 ? 1 : 0;
  });
}

run(main, stopEmbedded);
