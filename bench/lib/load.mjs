// Load generation with autocannon in a child process, so the load generator never shares the event
// loop with the servers under test (they run in the bench's own process).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './surface.mjs';

const BIN = join(ROOT, 'node_modules/autocannon/autocannon.js');

/**
 * POSTs `body` to `url` (or, with `method: 'GET'`, GETs `url` as it is) for `seconds` at
 * `connections`; `headers` are added. Returns autocannon's JSON result and the command.
 */
export function cannon({ url, body, token, connections = 20, seconds = 10, method = 'POST', headers = {} }) {
  const args = ['-c', String(connections), '-d', String(seconds), '-m', method];
  if (method === 'POST') args.push('-H', 'content-type=application/json');
  if (token) args.push('-H', `authorization=Bearer ${token}`);
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  if (method === 'POST') args.push('-b', JSON.stringify(body));
  args.push('--json', url);
  const shown = ['npx autocannon', ...args.map((a) => (/[\s{"]/.test(a) ? `'${a.length > 60 ? `${a.slice(0, 57)}...` : a}'` : a))]
    .join(' ')
    .replace(/Bearer [^']+/, 'Bearer <token>');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      try {
        resolve({ result: JSON.parse(out), command: shown });
      } catch {
        reject(new Error(`autocannon exited ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

/** The figures the benches print from an autocannon result. */
export function figures(r) {
  return {
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    requests: r.requests.total,
    'errors+non2xx': r.errors + r.timeouts + r.non2xx,
  };
}
