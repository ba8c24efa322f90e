#!/usr/bin/env node
// Reconciles one month's statement against the per-epoch data (issue #16): signs in, downloads
// GET /statements/{month}.csv, reads every node's epoch rewards (Node.earnings, EPOCH) and the
// month's profit over GraphQL, and checks with integer arithmetic (BigInt, not the server's code):
// each LINE's value = gnk × price half-even to the cent, the LINEs are exactly the node's epochs,
// each NODE_TOTAL and the TOTAL are the sums of what is above them, and they equal Node.profit and
// dashboard.profit. Prints a table per node and the account; exits 1 on any mismatch.
// Usage: node scripts/reconcile-statement.mjs [--url=http://127.0.0.1:3000] [--email=…] [--password=…] [--month=YYYY-MM]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const URL_ = arg('url', 'http://127.0.0.1:3000');
const EMAIL = arg('email', 'customer@minegnk.demo');
const PASSWORD = arg('password', 'demo-customer-2026');
const last = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1));
const MONTH = arg('month', last.toISOString().slice(0, 7));
const { parse } = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../server/package.json'))('csv-parse/sync');

/** A decimal string as an integer count of 10^-scale units (exact; throws on more digits). */
function units(text, scale) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || (m[3] ?? '').length > scale) throw new Error(`not a decimal with ≤ ${scale} places: ${text}`);
  const v = BigInt(m[2] + (m[3] ?? '').padEnd(scale, '0'));
  return m[1] ? -v : v;
}
const fmt = (v, scale) => {
  const s = (v < 0n ? -v : v).toString().padStart(scale + 1, '0');
  return `${v < 0n ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}`;
};
/** n / 10^shift rounded half-even (n may be negative). */
function roundHalfEven(n, shift) {
  const d = 10n ** BigInt(shift);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / d;
  const r = a % d;
  if (r * 2n > d || (r * 2n === d && q % 2n === 1n)) q += 1n;
  return neg ? -q : q;
}
const decimals = (text) => (text.split('.')[1] ?? '').length;

async function gql(query, variables, token) {
  const res = await fetch(`${URL_}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = await gql('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }', { e: EMAIL, p: PASSWORD });
const token = login.login.accessToken;
const [y, m] = MONTH.split('-').map(Number);
const range = { from: new Date(Date.UTC(y, m - 1, 1)).toISOString(), to: new Date(Date.UTC(y, m, 1) - 1).toISOString() };
const data = await gql(
  `query($range: DateRangeInput, $month: String!) {
    dashboard { profit(range: { month: $month }) { incomeGnk income rent net currency } }
    myNodes(first: 100) { nodes { identifier displayName earnings(granularity: EPOCH, range: $range) { epoch amount }
      profit(range: { month: $month }) { incomeGnk income rent net } } }
  }`,
  { range, month: MONTH },
  token,
);
const csvRes = await fetch(`${URL_}/statements/${MONTH}.csv`, { headers: { authorization: `Bearer ${token}` } });
if (csvRes.status !== 200) throw new Error(`GET /statements/${MONTH}.csv: ${csvRes.status}`);
const rows = parse((await csvRes.text()).replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true });

const problems = [];
const check = (ok, what) => ok || problems.push(what);
const sum = (list, key, scale) => list.reduce((acc, r) => (r[key] === '' || acc === null ? null : acc + units(r[key], scale)), 0n);
const table = [];
const totals = { epochs: 0, gnk: 0n, value: 0n, rent: 0n, net: 0n };
for (const node of data.myNodes.nodes) {
  const lines = rows.filter((r) => r.row_type === 'LINE' && r.node_address === node.identifier);
  const nodeTotal = rows.find((r) => r.row_type === 'NODE_TOTAL' && r.node_address === node.identifier);
  if (!lines.length && !nodeTotal) continue;
  const epochLines = lines.filter((r) => r.epoch !== '');
  const epochs = node.earnings.filter((p) => p.epoch !== null);
  check(
    JSON.stringify(epochLines.map((r) => Number(r.epoch))) === JSON.stringify(epochs.map((p) => p.epoch)),
    `${node.displayName}: LINE epochs ≠ Node.earnings epochs`,
  );
  for (const [i, r] of epochLines.entries()) {
    check(units(r.gnk, 9) === units(epochs[i]?.amount ?? '0', 9), `${node.displayName} epoch ${r.epoch}: gnk ${r.gnk} ≠ ${epochs[i]?.amount}`);
    if (r.price === '') continue;
    const exact = units(r.gnk, 9) * units(r.price, decimals(r.price));
    const cents = roundHalfEven(exact, 9 + decimals(r.price) - 2);
    check(cents === units(r.value, 2), `${node.displayName} epoch ${r.epoch}: value ${r.value} ≠ round(${r.gnk} × ${r.price}) = ${fmt(cents, 2)}`);
    check(units(r.net, 2) === units(r.value, 2) - units(r.rent_share || '0', 2), `${node.displayName} epoch ${r.epoch}: net ≠ value − rent_share`);
  }
  const s = { gnk: sum(lines, 'gnk', 9), value: sum(epochLines, 'value', 2), rent: sum(lines, 'rent_share', 2), net: sum(lines, 'net', 2) };
  check(units(nodeTotal.gnk, 9) === s.gnk, `${node.displayName}: NODE_TOTAL gnk ≠ Σ lines`);
  for (const k of ['value', 'rent', 'net']) {
    const col = k === 'rent' ? 'rent_share' : k;
    check(
      s[k] !== null && units(nodeTotal[col], 2) === s[k],
      `${node.displayName}: NODE_TOTAL ${col} ${nodeTotal[col]} ≠ Σ lines ${s[k] === null ? 'unknown' : fmt(s[k], 2)}`,
    );
  }
  const p = node.profit;
  check(
    units(p.incomeGnk, 9) === s.gnk && p.income === nodeTotal.value && p.rent === nodeTotal.rent_share && p.net === nodeTotal.net,
    `${node.displayName}: Node.profit ≠ NODE_TOTAL`,
  );
  const epochSum = epochs.reduce((a, e) => a + units(e.amount, 9), 0n);
  table.push([node.displayName, epochs.length, fmt(epochSum, 9), nodeTotal.gnk, nodeTotal.value, nodeTotal.rent_share, nodeTotal.net]);
  totals.epochs += epochs.length;
  for (const k of ['gnk', 'value', 'rent', 'net']) totals[k] += s[k] ?? 0n;
}
const total = rows.find((r) => r.row_type === 'TOTAL');
check(
  units(total.gnk, 9) === totals.gnk &&
    units(total.value, 2) === totals.value &&
    units(total.rent_share, 2) === totals.rent &&
    units(total.net, 2) === totals.net,
  'TOTAL ≠ Σ NODE_TOTAL',
);
const d = data.dashboard.profit;
check(units(d.incomeGnk, 9) === totals.gnk && d.income === total.value && d.rent === total.rent_share && d.net === total.net, 'dashboard.profit ≠ TOTAL');

console.log(`statement ${MONTH} of ${EMAIL} (${total.currency}), ${rows.length} rows`);
console.log('| node | epochs (Node.earnings) | Σ epoch GNK (Node.earnings) | statement GNK | value | rent | net |');
console.log('|---|---|---|---|---|---|---|');
for (const r of table) console.log(`| ${r.join(' | ')} |`);
console.log(`| **total** | ${totals.epochs} | | ${total.gnk} | ${total.value} | ${total.rent_share} | ${total.net} |`);
console.log(`| dashboard.profit | | | ${d.incomeGnk} | ${d.income} | ${d.rent} | ${d.net} |`);
console.log(
  problems.length
    ? `MISMATCHES (${problems.length}):\n${problems.join('\n')}`
    : 'reconciled: every line, node total and the account total match, to the ngonka and the cent',
);
process.exit(problems.length ? 1 : 0);
