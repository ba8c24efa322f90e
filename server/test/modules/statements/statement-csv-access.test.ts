/**
 * GET /statements/{yyyy-mm}.csv over real HTTP: a customer downloads their own, parsed back with
 * csv-parse (RFC 4180, UTF-8 BOM), with the totals row last; customer B cannot read A's (404), an
 * admin can with ?userId=, no token is 401, bad input is 400 naming the field — never a 500.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { Decimal, roundFiat } from '../../../src/common/money.js';
import { EarningsRepository } from '../../../src/modules/earnings/earnings.repository.js';
import { EpochVerdict } from '../../../src/modules/epochs/epoch-verdict.rules.js';
import { STATEMENT_COLUMNS } from '../../../src/modules/statements/statement-csv.js';
import { createToken, REVOKE } from '../api-tokens/api-token-helpers.js';
import { ACCOUNT_HRP, encodeBech32 } from '../../../src/simulator/addresses.js';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
const now = new Date();
const MONTH = now.toISOString().slice(0, 7);
const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

const get = (path: string, token?: string) => fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'csv-alice@example.com');
  bob = await registerCustomer(app, 'csv-bob@example.com');
  const [node] = await linkNodes(app, alice.user.id, [encodeBech32(ACCOUNT_HRP, new Uint8Array(20).fill(9))]);
  // A name with a comma, a quote and Cyrillic: quoting and UTF-8 are exercised.
  await withClient(app.db.url, (c) => c.query(`UPDATE nodes SET display_name = $2 WHERE id = $1`, [node, 'узел "A", стойка 1']));
  const repo = app.running.app.get(EarningsRepository);
  // Epochs settled this month so far (today's price is the simulator's current quote).
  const span = now.getTime() - monthStart.getTime();
  for (let i = 0; i < 20; i++) {
    const settledAt = new Date(now.getTime() - Math.round((span * i) / 40) - 60_000);
    await repo.upsertRewards(500 + i, settledAt, [
      {
        nodeId: node,
        reward: `${i + 1}.123456789`,
        claimed: true,
        inSummary: true,
        counts: null,
        exclusionReason: null,
        verdict: { verdict: EpochVerdict.PAID, reason: 'paid', test: null },
      },
    ]);
  }
  const res = await app.gql(
    `mutation($input: SetNodeRentInput!) { setNodeRent(input: $input) { id } }`,
    { input: { nodeIds: [node], amount: '2.10', currency: 'USD', period: 'HOUR', validFrom: '2020-01-01' } },
    admin.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
});
after(() => app.close());

test('the customer downloads their statement; csv-parse reads it back and the last row totals the lines', async () => {
  const res = await get(`/statements/${MONTH}.csv`, alice.accessToken);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
  assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`attachment; filename="minegnk-statement-${MONTH}.csv"`));
  const body = Buffer.from(await res.arrayBuffer());
  assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  assert.match(body.toString('utf8'), /\r\n/, 'CRLF record delimiters (RFC 4180)');
  const rows: Record<string, string>[] = parse(body, { bom: true, columns: true, skip_empty_lines: true });
  assert.deepEqual(Object.keys(rows[0]), [...STATEMENT_COLUMNS]);
  const lines = rows.filter((r) => r.row_type === 'LINE');
  assert.equal(lines.length, 20);
  assert.equal(lines[0].node, 'узел "A", стойка 1');
  const total = rows.at(-1) as Record<string, string>;
  assert.equal(total.row_type, 'TOTAL');
  assert.equal(rows.at(-2)?.row_type, 'NODE_TOTAL');
  const sum = (k: string) => lines.reduce((s, r) => s.plus(r[k]), new Decimal(0));
  assert.equal(sum('gnk').toFixed(9), total.gnk);
  assert.equal(roundFiat(sum('value'), 'USD'), total.value);
  assert.equal(roundFiat(sum('rent_share'), 'USD'), total.rent_share);
  assert.equal(roundFiat(sum('net'), 'USD'), total.net);
  assert.equal(total.epoch_count, '20');
  for (const l of lines) assert.equal(l.value, roundFiat(new Decimal(l.gnk).mul(l.price), 'USD'));

  // The printable statement (GraphQL) shows the same totals.
  const gql = await app.gql(`query($m: String!) { statement(month: $m) { totals { gnk value rent net } } }`, { m: MONTH }, alice.accessToken);
  assert.deepEqual(gql.data.statement.totals, { gnk: total.gnk, value: total.value, rent: total.rent_share, net: total.net });
});

test("customer B cannot download A's statement (404); an admin can with ?userId=", async () => {
  assert.equal((await get(`/statements/${MONTH}.csv?userId=${alice.user.id}`, bob.accessToken)).status, 404);
  const own = await get(`/statements/${MONTH}.csv`, bob.accessToken);
  assert.equal(own.status, 200);
  const bobRows: Record<string, string>[] = parse(Buffer.from(await own.arrayBuffer()), { bom: true, columns: true });
  assert.deepEqual(
    bobRows.map((r) => r.row_type),
    ['TOTAL'],
  );
  const asAdmin = await get(`/statements/${MONTH}.csv?userId=${alice.user.id}`, admin.accessToken);
  assert.equal(asAdmin.status, 200);
  const mine = await get(`/statements/${MONTH}.csv`, alice.accessToken);
  const strip = (t: string) => t.replace(/^\uFEFF/, '');
  assert.equal(strip(await asAdmin.text()), strip(await mine.text()));
  const gql = await app.gql(`query($m: String!, $u: ID) { statement(month: $m, userId: $u) { month } }`, { m: MONTH, u: alice.user.id }, bob.accessToken);
  assert.equal(gql.errors?.[0].extensions?.code, 'NOT_FOUND');
  for (const userId of ['00000000-0000-4000-8000-000000000000', 'nonsense', `${alice.user.id}&userId=${bob.user.id}`]) {
    const res = await get(`/statements/${MONTH}.csv?userId=${userId}`, admin.accessToken);
    assert.equal(res.status, 404, userId);
  }
});

test('no token is 401; bad months are 400 naming the field; nothing is a 500', async () => {
  const anonymous = await get(`/statements/${MONTH}.csv`);
  assert.equal(anonymous.status, 401);
  assert.equal(((await anonymous.json()) as any).error.code, 'UNAUTHENTICATED');
  assert.equal((await get(`/statements/${MONTH}.csv`, 'not-a-token')).status, 401);
  for (const file of ['2999-01.csv', '2026-13.csv', '2026-1.csv', 'abc.csv', 'statement', `${'9'.repeat(500)}.csv`]) {
    const res = await get(`/statements/${file}`, alice.accessToken);
    assert.equal(res.status, 400, file);
    const text = await res.text();
    const body = JSON.parse(text) as any;
    assert.equal(body.error?.code, 'BAD_USER_INPUT', `${file}: ${text}`);
    assert.equal(body.error.field, 'month', file);
  }
  // A path that is not even valid percent-encoding is refused by the router itself: a 400 too.
  assert.equal((await get('/statements/%E0%A4%A.csv', alice.accessToken)).status, 400);
});

test('a personal API token (read-only is enough) downloads its owner’s statement; a revoked one is 401', async () => {
  const created = await createToken(app, alice, { scope: 'READ' });
  const byToken = await get(`/statements/${MONTH}.csv`, created.token);
  assert.equal(byToken.status, 200);
  const bySession = await get(`/statements/${MONTH}.csv`, alice.accessToken);
  assert.equal(await byToken.text(), await bySession.text());
  const revoked = await app.gql(REVOKE, { id: created.apiToken.id }, alice.accessToken);
  assert.equal(revoked.errors, undefined, JSON.stringify(revoked.errors));
  const afterRevoke = await get(`/statements/${MONTH}.csv`, created.token);
  assert.equal(afterRevoke.status, 401);
  assert.equal(((await afterRevoke.json()) as any).error.code, 'UNAUTHENTICATED');
});
