// Hostile-requests drill: the report — its tables, examples of each kind of loss, the slowest answers
// and the totals. Returns the number of losses.
import { table } from '../../lib/report.mjs';
import { printLossExamples } from './report-examples.mjs';
import { printTables } from './report-tables.mjs';

export function printReport(runs, { seed: SEED, concurrency: CONCURRENCY, slowMs: SLOW_MS }) {
  const all = runs.flatMap((r) => r.results);
  const lostOf = ({ r, k }) => k.ise || k.leak || k.foreign || r.thrown || r.status >= 500;
  printTables(runs, { concurrency: CONCURRENCY, slowMs: SLOW_MS });
  printLossExamples(runs, { slowMs: SLOW_MS });

  const count = (f) => all.filter(f).length;
  const ise = count((x) => x.k.ise);
  const leaks = count((x) => x.k.leak);
  const foreign = count((x) => x.k.foreign);
  const noAnswer = count((x) => x.r.thrown);
  const http5xx = count((x) => !x.r.thrown && x.r.status >= 500);
  const unexplained = runs.reduce((s, r) => s + r.db.reduce((t, row) => t + row._unexplained.length, 0), 0);
  const dead = runs.filter((r) => !r.alive).length;
  const lost = count(lostOf) + unexplained + dead;
  table('totals', [
    {
      sent: all.length,
      seed: SEED,
      INTERNAL_SERVER_ERROR: ise,
      leaks,
      'foreign data': foreign,
      'HTTP 5xx': http5xx,
      'no answer': noAnswer,
      'unexplained rows': unexplained,
      'server dead after': dead,
      'lost (target 0)': lost,
    },
  ]);
  console.log(
    `server still answering normal queries afterwards: ${dead ? 'NO' : 'yes'} (${runs.map((r) => `${r.mode}: ${r.alive ? 'yes' : 'NO'}`).join(', ')})`,
  );
  console.log(`lost (requests with INTERNAL_SERVER_ERROR, a leak, foreign data, a 5xx or no answer; unexplained rows; a dead server): ${lost}`);
  return lost;
}
