import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/database/typeorm-options.js';
import { createTestDatabase, withClient, type TestDatabase } from '../helpers/test-db.js';

// Emails stored before sign-up normalized them (NFKC, lower case, trimmed) must be brought to that
// form by a migration without losing any account, also when two rows collide after normalization.

const MIGRATIONS = resolve(__dirname, '../../src/database/migrations');
/** The last migration before emails were normalized. */
const BEFORE_NORMALIZATION = 1764115200000;

let db: TestDatabase;
const q = (sql: string, params: unknown[] = []) => withClient(db.url, (c) => c.query(sql, params)).then((r) => r.rows);

async function migrate(migrations: string[]): Promise<void> {
  const ds = new DataSource({ ...typeormOptions(db.url), migrations, migrationsRun: false });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

before(async () => {
  db = await createTestDatabase();
  const older = readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.js') && Number(f.split('-')[0]) <= BEFORE_NORMALIZATION)
    .map((f) => join(MIGRATIONS, f));
  await migrate(older);
});
after(() => db.drop());

test('stored emails are normalized; colliding rows are all kept, one gets the normalized form', async () => {
  const rows: Array<[string, string]> = [
    // [email as stored, created_at]
    ['ａdmin@example.com', '2025-01-01'], // older look-alike of an already-normalized email
    ['admin@example.com', '2025-02-01'],
    ['ｂob@example.com', '2025-01-01'], // two look-alikes, neither normalized: the oldest wins
    ['bｏb@example.com', '2025-03-01'],
    [' carol@example.com ', '2025-01-01'],
    ['oﬀice@example.com', '2025-01-01'], // ligature ﬀ → ff
    ['dave@example.com', '2025-01-01'],
  ];
  const ids = new Map<string, string>();
  for (const [email, createdAt] of rows) {
    const [row] = await q(`INSERT INTO users (email, password_hash, created_at) VALUES ($1, $2, $3) RETURNING id`, [email, `hash-of-${email}`, createdAt]);
    ids.set(email, row.id);
  }

  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await migrate([join(MIGRATIONS, '*.js')]);
  } finally {
    console.warn = warn;
  }

  const stored = new Map((await q(`SELECT id, email, password_hash FROM users`)).map((r) => [r.id, r]));
  assert.equal(stored.size, rows.length, 'no account is lost');
  const emailOf = (original: string) => stored.get(ids.get(original)!)!.email;
  assert.equal(emailOf('admin@example.com'), 'admin@example.com');
  assert.equal(emailOf('ａdmin@example.com'), 'ａdmin@example.com', 'the look-alike stays as it was');
  assert.equal(emailOf('ｂob@example.com'), 'bob@example.com', 'the oldest of the group gets the normalized form');
  assert.equal(emailOf('bｏb@example.com'), 'bｏb@example.com');
  assert.equal(emailOf(' carol@example.com '), 'carol@example.com');
  assert.equal(emailOf('oﬀice@example.com'), 'office@example.com');
  assert.equal(emailOf('dave@example.com'), 'dave@example.com');
  for (const [email] of rows) assert.equal(stored.get(ids.get(email)!)!.password_hash, `hash-of-${email}`);

  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0], /2 account email\(s\) left unchanged/);
  assert.ok(warnings[0].includes(ids.get('ａdmin@example.com')!) && warnings[0].includes(ids.get('bｏb@example.com')!), warnings[0]);
});
