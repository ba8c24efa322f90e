import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMigratedTestDatabase, withClient, type TestDatabase } from '../helpers/test-db.js';

// node_count is kept by triggers; whatever writes `nodes`, it must equal count(*).
let db: TestDatabase;
const q = (sql: string, params: unknown[] = []) => withClient(db.url, (c) => c.query(sql, params)).then((r) => r.rows);

async function assertCountMatches(label: string, expected: number) {
  const [row] = await q(`SELECT (SELECT n FROM node_count)::int AS kept, (SELECT count(*) FROM nodes)::int AS actual`);
  assert.deepEqual(row, { kept: expected, actual: expected }, label);
}

before(async () => {
  db = await createMigratedTestDatabase();
});
after(() => db.drop());

test('single and bulk inserts, conflicts, deletes, a rolled-back insert and truncate all keep node_count exact', async () => {
  await assertCountMatches('after migrations', 0);
  await q(`INSERT INTO nodes (identifier, identifier_type) VALUES ('gonka1count0', 'wallet')`);
  await assertCountMatches('one insert', 1);
  await q(`INSERT INTO nodes (identifier, identifier_type) SELECT 'gonka1count' || i, 'wallet' FROM generate_series(1, 500) i`);
  await assertCountMatches('bulk insert', 501);
  // Rows that hit a conflict are not inserted and must not be counted.
  await q(
    `INSERT INTO nodes (identifier, identifier_type) SELECT 'gonka1count' || i, 'wallet' FROM generate_series(495, 505) i ON CONFLICT (identifier) DO NOTHING`,
  );
  await assertCountMatches('insert with conflicts', 506);
  await q(`DELETE FROM nodes WHERE identifier IN ('gonka1count1', 'gonka1count2', 'gonka1nothere')`);
  await assertCountMatches('delete', 504);
  await withClient(db.url, async (c) => {
    await c.query('BEGIN');
    await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ('gonka1rolledback', 'wallet')`);
    await c.query('ROLLBACK');
  });
  await assertCountMatches('rolled back', 504);
  await q('TRUNCATE nodes CASCADE');
  await assertCountMatches('truncate', 0);
});

test('concurrent inserts from many connections are all counted', async () => {
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      q(`INSERT INTO nodes (identifier, identifier_type) SELECT 'gonka1conc' || $1::int || '_' || j, 'wallet' FROM generate_series(1, 10) j`, [i]),
    ),
  );
  await assertCountMatches('20 concurrent inserts of 10', 200);
});
