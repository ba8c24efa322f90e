// Printing and small load helpers shared by the bench scripts.

export const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';

/** Prints a titled table (array of row objects) and the command line that produced it. */
export function table(title, rows) {
  console.log(`\n### ${title}`);
  if (!rows.length) return console.log('(no rows)');
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (v === undefined || v === null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v));
  const w = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => `| ${vals.map((v, i) => v.padEnd(w[i])).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

export function commandLine() {
  const script = process.argv[1].replace(/^.*\/bench\//, 'bench/');
  const env = ['DATABASE_URL', 'REDIS_URL'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`);
  return [...env, 'node', script, ...process.argv.slice(2)].join(' ');
}

export function header(name) {
  console.log(`\n## ${name}${SMOKE ? ' (smoke: reduced sizes, figures not meaningful)' : ''}`);
  console.log(`command: ${commandLine()}`);
}

/** Runs `fn(i)` for i in [0, n) with at most `limit` in flight; returns the results in order. */
export async function pool(n, limit, fn) {
  const out = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i).catch((e) => ({ thrown: e }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  return out;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sums route counts of `/__sim/stats` into { route: count } with zero routes dropped. */
export function diffRoutes(after, before = {}) {
  const out = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

/** Runs a script's main and exits with its code; a crash prints the stack and exits 1. `limitMs` overrides the time limit. */
export function run(main, cleanup = async () => {}, limitMs = SMOKE ? 110_000 : 900_000) {
  const deadline = setTimeout(
    () => {
      console.error('bench: time limit reached, stopping');
      process.exit(1);
    },
    Number(process.env.BENCH_TIMEOUT_MS ?? limitMs),
  ).unref();
  main()
    .then(async (code) => {
      await cleanup();
      clearTimeout(deadline);
      process.exit(code ?? 0);
    })
    .catch(async (e) => {
      console.error(e);
      await cleanup().catch(() => undefined);
      process.exit(1);
    });
}
