// Runs bench scripts one after another, each in its own process:
// `node bench/run.mjs bench|drills|all [name…] [--smoke]` — a name selects the suite's scripts whose
// file name contains it (`npm run drills -- replicas`); options (`--…`) go to every script.
// Exit code: non-zero when a script crashed or a drill reported lost data (its own exit code).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SUITES = {
  bench: ['upstream-economy.mjs', 'dashboard-throughput.mjs', 'scale.mjs', 'alerts-evaluation.mjs', 'replicas-throughput.mjs'],
  drills: [
    'drills/upstream-faults.mjs',
    'drills/support-burst.mjs',
    'drills/redis-outage.mjs',
    'drills/postgres-restart.mjs',
    'drills/hostile-requests.mjs',
    'drills/deliveries-restart.mjs',
    'drills/replicas.mjs',
  ],
};
SUITES.all = [...SUITES.bench, ...SUITES.drills];

const [suite = 'all', ...rest] = process.argv.slice(2);
const names = rest.filter((a) => !a.startsWith('--'));
const options = rest.filter((a) => a.startsWith('--'));
const scripts = SUITES[suite]?.filter((s) => names.length === 0 || names.some((n) => s.split('/').pop().includes(n)));
if (!scripts?.length) {
  console.error(
    `usage: node bench/run.mjs ${Object.keys(SUITES).join('|')} [name…] [--smoke]${scripts ? ` (no ${suite} script matches ${names.join(', ')})` : ''}`,
  );
  process.exit(2);
}
const results = [];
for (const script of scripts) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(here, script), ...options], { stdio: 'inherit' });
  results.push({ script, code: r.status ?? r.signal, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\n## summary');
for (const r of results) console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.script} (exit ${r.code}, ${r.seconds} s)`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
