// Hostile-requests drill: the tables of the report — category × outcome, error codes, mode × role,
// schema coverage, executed mutations and the database check.
import { percentile, table } from '../../lib/report.mjs';

export function printTables(runs, { concurrency: CONCURRENCY, slowMs: SLOW_MS }) {
  const all = runs.flatMap((r) => r.results);

  // Table 1: category × outcome.
  const outcomes = new Map();
  for (const { k } of all) outcomes.set(k.outcome, (outcomes.get(k.outcome) ?? 0) + 1);
  const outcomeCols = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o);
  const catRow = (label, list) => {
    const row = { category: label, sent: list.length };
    for (const o of outcomeCols) row[o] = list.filter((x) => x.k.outcome === o).length || '';
    const statuses = {};
    for (const { r } of list) if (!r.thrown) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    row.HTTP = Object.entries(statuses)
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
    row['5xx'] = list.filter((x) => x.r.status >= 500).length;
    row.ISE = list.filter((x) => x.k.ise).length;
    row.leaks = list.filter((x) => x.k.leak).length;
    row['foreign data'] = list.filter((x) => x.k.foreign).length;
    row['no answer'] = list.filter((x) => x.r.thrown).length;
    row[`slow ≥${SLOW_MS / 1000}s`] = list.filter((x) => !x.r.thrown && x.r.ms >= SLOW_MS).length;
    return row;
  };
  const categories = [...new Set(all.map((x) => x.c.category))];
  const catRows = categories.sort().map((cat) =>
    catRow(
      cat,
      all.filter((x) => x.c.category === cat),
    ),
  );
  catRows.push(catRow('TOTAL', all));
  table(`requests by category × outcome (first error code of the answer; OK = data, no errors), both modes, ${all.length} requests`, catRows);

  // Table 1b: every error of every answer, by extensions.code.
  const codeRows = new Map();
  for (const run of runs) {
    for (const { k } of run.results) {
      for (const code of k.codes) {
        const row = codeRows.get(code) ?? codeRows.set(code, { 'extensions.code': code, production: 0, development: 0, total: 0 }).get(code);
        row[run.mode]++;
        row.total++;
      }
    }
  }
  table(
    'errors by extensions.code (every error of every GraphQL answer; a request can carry several)',
    [...codeRows.values()].sort((a, b) => b.total - a.total),
  );

  // Table 2: mode × role.
  const roleRows = [];
  for (const run of runs) {
    for (const role of ['anonymous', 'customer', 'admin', 'forged token']) {
      const list = run.results.filter((x) => x.c.role === role);
      if (!list.length) continue;
      const ms = list
        .filter((x) => !x.r.thrown)
        .map((x) => x.r.ms)
        .sort((a, b) => a - b);
      roleRows.push({
        mode: run.mode,
        role,
        sent: list.length,
        OK: list.filter((x) => x.k.outcome === 'OK').length,
        refused: list.filter((x) => x.k.outcome !== 'OK').length,
        ISE: list.filter((x) => x.k.ise).length,
        leaks: list.filter((x) => x.k.leak).length,
        'foreign data': list.filter((x) => x.k.foreign).length,
        'no answer': list.filter((x) => x.r.thrown).length,
        'p50 ms': percentile(ms, 50),
        'p99 ms': percentile(ms, 99),
        'max ms': ms.at(-1),
      });
    }
  }
  table(
    `by mode and role (${runs.map((r) => `${r.mode}: ${r.results.length} requests in ${r.seconds.toFixed(1)} s`).join(', ')}; ${CONCURRENCY} in flight)`,
    roleRows,
  );

  // Table 3: schema coverage, per argument site.
  const siteRows = [];
  for (const target of [...new Set(all.filter((x) => !x.c.target.startsWith('(')).map((x) => x.c.target))].sort()) {
    const list = all.filter((x) => x.c.target === target);
    const codes = {};
    for (const { k } of list) if (k.outcome !== 'OK') codes[k.outcome] = (codes[k.outcome] ?? 0) + 1;
    const top = Object.entries(codes)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    siteRows.push({
      'argument site': target,
      sent: list.length,
      anon: list.filter((x) => x.c.role === 'anonymous').length,
      customer: list.filter((x) => x.c.role === 'customer').length,
      admin: list.filter((x) => x.c.role === 'admin').length,
      OK: list.filter((x) => x.k.outcome === 'OK').length,
      'top refusals': top,
      ISE: list.filter((x) => x.k.ise).length,
      leaks: list.filter((x) => x.k.leak).length,
    });
  }
  table('schema coverage: requests per argument site (fuzzed arguments; structural attacks not included)', siteRows);

  // Table 4: accepted mutations and the database check.
  const accRows = [];
  for (const run of runs) {
    const counts = {};
    for (const { c, k } of run.results) {
      for (const a of k.accepted) {
        counts[a.field] ??= {
          mode: run.mode,
          mutation: a.field,
          executed: 0,
          'answered with data': 0,
          'nested field failed (data null)': 0,
          anonymous: 0,
          customer: 0,
          admin: 0,
        };
        const row = counts[a.field];
        row.executed++;
        row[a.partial ? 'nested field failed (data null)' : 'answered with data']++;
        if (row[c.role] !== undefined) row[c.role]++;
      }
    }
    accRows.push(...Object.values(counts).sort((x, y) => x.mutation.localeCompare(y.mutation)));
  }
  table('mutations the server executed (valid input: legitimate, counted apart; they explain the rows below)', accRows);
  table(
    'database after the run: rows of tables hostile traffic must not touch except through accepted mutations',
    runs.flatMap((r) => r.db.map(({ _unexplained, ...row }) => ({ mode: r.mode, ...row }))),
  );
  for (const run of runs)
    for (const row of run.db)
      if (row._unexplained.length) console.log(`unexplained ${run.mode} ${row.table} rows:\n  ${row._unexplained.slice(0, 10).join('\n  ')}`);
}
