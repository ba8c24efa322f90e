import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMigratedTestDatabase, withClient, type TestDatabase } from '../helpers/test-db.js';

// node_earnings_totals is kept by triggers; whatever writes earnings_history, it must equal the sum.
let db: TestDatabase;
const q = (sql: string, params: unknown[] = []) => withClient(db.url, (c) => c.query(sql, params)).then((r) => r.rows);

async function assertTotalsMatchHistory(label: string) {
  const drift = await q(`
    SELECT n.id, COALESCE(t.total, 0)::text AS kept, COALESCE(h.sum, 0)::text AS actual
    FROM nodes n
    LEFT JOIN node_earnings_totals t ON t.node_id = n.id
    LEFT JOIN (SELECT node_id, sum(earnings_gnk) AS sum FROM earnings_history GROUP BY node_id) h ON h.node_id = n.id
    WHERE COALESCE(t.total, 0) <> COALESCE(h.sum, 0)`);
  assert.deepEqual(drift, [], `${label}: totals drifted from the history`);
}

const insertEpoch = (epoch: number, amount: string, claimed = false) =>
  q(
    `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
     SELECT id, $1, current_date, now(), $2::numeric, $3, 'gonka_api' FROM nodes
     ON CONFLICT (node_id, epoch) DO UPDATE SET claimed = EXCLUDED.claimed`,
    [epoch, amount, claimed],
  );

before(async () => {
  db = await createMigratedTestDatabase();
  await q(`INSERT INTO nodes (identifier, identifier_type) SELECT 'gonka1totals' || i, 'wallet' FROM generate_series(1, 5) i`);
});
after(() => db.drop());

test("inserts, the sync's upsert, amount corrections and deletes all keep the totals exact", async () => {
  await insertEpoch(1, '1.000000001');
  await insertEpoch(2, '2.5');
  await assertTotalsMatchHistory('after inserts');
  const [{ total }] = await q(`SELECT total::text FROM node_earnings_totals LIMIT 1`);
  assert.equal(total, '3.500000001');

  await insertEpoch(2, '999', true); // conflict: only `claimed` changes, the amount must not be added again
  await assertTotalsMatchHistory('after the claimed-only upsert');

  await q(`UPDATE earnings_history SET earnings_gnk = earnings_gnk + 0.25 WHERE epoch = 1`);
  await assertTotalsMatchHistory('after an amount correction');

  await q(`DELETE FROM earnings_history WHERE epoch = 2 AND node_id = (SELECT min(id::text)::uuid FROM nodes)`);
  await assertTotalsMatchHistory('after deleting a row');
});

test('deleting a node takes its history and its total with it, and leaves the others exact', async () => {
  await insertEpoch(3, '0.125');
  await q(`DELETE FROM nodes WHERE identifier = 'gonka1totals3'`);
  await assertTotalsMatchHistory('after deleting a node');
  assert.equal((await q(`SELECT count(*)::int AS n FROM node_earnings_totals`))[0].n, 4);
});
