// PostgreSQL restart drill: the load (readers, writers, a readiness prober) and, a third of the way
// in, the restart; every request's outcome is recorded for the report.
import { SMOKE } from '../../lib/report.mjs';
import { counts } from './postgres.mjs';

export const SECONDS = SMOKE ? 10 : 30; // total load
export const STOP_AT = SMOKE ? 3 : 10; // s into the load
export const DOWN = SMOKE ? 3 : 6; // s PostgreSQL stays stopped
export const WORKERS = 20; // readers: dashboard + node table
export const WRITERS = 2; // createSupportRequest in a loop (acknowledged writes must survive the restart)
const CLIENT_TIMEOUT_MS = 30_000;
export const QUERY = `{ dashboard { activeNodes totalNodes totalGpus earningsMonth } myNodes(first: 10) { totalCount nodes { identifier displayName status tokensPerSec earningsDay gpuType statsStale } } }`;
const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
// What a client must never see in an error: driver/socket details, addresses, SQL, stacks.
const LEAK = /ECONNREFUSED|ECONNRESET|terminat|57P0|admin_shutdown|127\.0\.0\.1|:\d{4,5}\b|postgres|SELECT |INSERT |typeorm|pg-pool|node_modules|\bat .*\.js/i;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Outcome of one GraphQL call: ok, or the error codes it carried (or a transport error). */
function classify(r, ok) {
  if (r.thrown)
    return { ok: false, codes: [`transport: ${r.thrown.name === 'TimeoutError' ? 'timeout' : (r.thrown.cause?.code ?? r.thrown.name)}`], leak: false };
  if (ok) return { ok: true, codes: [], leak: false };
  const errs = r.errors ?? [];
  if (!errs.length) return { ok: false, codes: [`HTTP ${r.status} (no errors)`], leak: false };
  return {
    ok: false,
    codes: [...new Set(errs.map((e) => e.extensions?.code ?? '(no code)'))],
    leak: errs.some((e) => LEAK.test(e.message)) || /stacktrace/.test(r.text ?? ''),
    message: errs[0].message,
  };
}

/**
 * Runs the load for SECONDS with PostgreSQL (`pg`, from ownPostgres) stopped at STOP_AT for DOWN
 * seconds: `{ t0, samples, acked, health, marks, rowsBefore }`.
 */
export async function loadThroughRestart(stack, pg, tokens) {
  const samples = []; // { start, end, ok, codes, leak, kind }
  const acked = new Set();
  const health = []; // { at, status }
  const t0 = Date.now();
  const stopAt = t0 + STOP_AT * 1000;
  const endAt = t0 + SECONDS * 1000;
  const marks = { stopAt, stoppedAt: NaN, startAt: NaN, upAt: Infinity };
  let rowsBefore;

  const reader = async (w) => {
    for (let i = 0; Date.now() < endAt; i++) {
      const start = Date.now();
      const r = await stack.gql(QUERY, undefined, tokens[(w + i) % tokens.length], CLIENT_TIMEOUT_MS).catch((e) => ({ thrown: e }));
      samples.push({ start, end: Date.now(), kind: 'read', ...classify(r, !r.thrown && r.status === 200 && !r.errors && !!r.data?.myNodes) });
    }
  };
  const writer = async (w) => {
    for (let i = 0; Date.now() < endAt; i++) {
      const start = Date.now();
      const input = { type: 'NEW_NODE', quantity: 1 + (i % 5), comments: `pg drill ${w}/${i}` };
      const r = await stack.gql(CREATE, { input }, tokens[w % tokens.length], CLIENT_TIMEOUT_MS).catch((e) => ({ thrown: e }));
      const id = r.data?.createSupportRequest?.id;
      if (id) acked.add(id);
      samples.push({ start, end: Date.now(), kind: 'write', ...classify(r, !r.thrown && r.status === 200 && !r.errors && !!id) });
      await sleep(50);
    }
  };
  const prober = async () => {
    while (Date.now() < endAt) {
      const at = Date.now();
      const r = await fetch(`${stack.url}/health/ready`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      health.push({ at, end: Date.now(), status: r?.status ?? 'no answer', body: r ? await r.text().catch(() => '') : '' });
      await sleep(250);
    }
  };
  const restarter = (async () => {
    await sleep(stopAt - Date.now());
    rowsBefore = await counts(stack.dbUrl); // just before the stop (writers still running)
    marks.stopAt = Date.now();
    await pg.stop(); // SIGINT: fast shutdown, sessions terminated (57P01), then connection refused
    marks.stoppedAt = Date.now();
    await sleep(DOWN * 1000);
    marks.startAt = Date.now();
    await pg.start(); // same data dir, same port; resolves once it accepts connections
    marks.upAt = Date.now();
  })();
  await Promise.all([...Array.from({ length: WORKERS }, (_, w) => reader(w)), ...Array.from({ length: WRITERS }, (_, w) => writer(w)), prober(), restarter]);
  return { t0, samples, acked, health, marks, rowsBefore };
}
