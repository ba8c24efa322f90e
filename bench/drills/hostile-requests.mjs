// Drill (issue #6): 10,000 generated invalid and hostile GraphQL requests → INTERNAL_SERVER_ERROR
// answers (target 0), answers leaking internals (target 0), requests left without an answer (target 0).
// Generation is schema-aware (schema.graphql: every Query/Mutation field and every nested field with
// arguments gets fuzzed arguments built from the argument types) plus structural attacks (depth,
// aliases, fragments, huge documents, batches, bad JSON, content types, GET, introspection, tokens).
// Sent as anonymous, customer and admin, half to a NODE_ENV=production app (masked errors) and half to
// a development one. Seeded PRNG (`--seed=N`): the same seed sends the same requests. Afterwards the
// database must hold exactly its earlier rows plus what accepted mutations explain. See bench/README.md.
import { SMOKE, commandLine, header, pool, run } from '../lib/report.mjs';
import { stopEmbedded } from '../lib/database.mjs';
import { withStack } from '../lib/stack.mjs';
import { classify } from './hostile/classify.mjs';
import { makeGenerator } from './hostile/generator.mjs';
import { printReport } from './hostile/report.mjs';
import { clip } from './hostile/report-examples.mjs';
import { ROOTS, SITES, TARGETS } from './hostile/schema-targets.mjs';
import { prng, toJson } from './hostile/values.mjs';
import { PASSWORD, prepare, snapshot, verify } from './hostile/world.mjs';

const TOTAL = Number(process.env.HOSTILE_TOTAL ?? (SMOKE ? 500 : 10_000));
const MODES = ['production', 'development'];
const CONCURRENCY = 8;
const TIMEOUT_MS = 20_000; // "no answer": the server must answer even hostile requests well before this
const SLOW_MS = 1_000;
const seedArg = process.argv.find((a) => a.startsWith('--seed='));
const SEED = Number(seedArg ? seedArg.slice(7) : (process.env.HOSTILE_SEED ?? 20260406)) >>> 0;

// ----------------------------------------------------------------------------------------- send
async function send(stack, world, c) {
  const headers = {};
  if (c.contentType) headers['content-type'] = c.contentType;
  if (c.preflight) headers['apollo-require-preflight'] = 'true';
  if (c.role === 'customer') headers.authorization = `Bearer ${world.tokens.customer}`;
  else if (c.role === 'admin') headers.authorization = `Bearer ${world.tokens.admin}`;
  else if (c.role === 'forged token') headers.authorization = c.auth;
  const started = performance.now();
  try {
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(c.method) && c.body !== undefined;
    const res = await fetch(`${stack.url}${c.path}`, {
      method: c.method,
      headers,
      body: hasBody ? c.body : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  } catch (e) {
    return { thrown: `${e.name}: ${e.message}`, ms: performance.now() - started };
  }
}

async function drill(mode, n, seed) {
  return withStack({ NODE_ENV: mode, SIMULATOR_PARTICIPANTS: '100' }, async (stack) => {
    const world = await prepare(stack);
    const R = prng(seed);
    const nextCase = makeGenerator(R, world, { seed: SEED, password: PASSWORD });
    const before = await snapshot(stack.dbUrl);
    const started = Date.now();
    // Cases are generated in order as the pool takes them (generation is synchronous, so the seed
    // alone decides them); big bodies and answers are clipped once classified, to bound memory.
    const results = await pool(n, CONCURRENCY, async () => {
      const c = { ...nextCase(), mode };
      const r = await send(stack, world, c);
      const k = classify(c, r, mode, world);
      delete c.strings;
      delete c.mutationInput;
      for (const a of k.accepted) if (a.input) a.input = toJson(a.input);
      if (c.body !== undefined && (Buffer.isBuffer(c.body) || c.body.length > 4000)) c.body = clip(c.body, 4000);
      if (r.text && r.text.length > 4000) r.text = clip(r.text, 4000);
      return { c, r, k };
    });
    const seconds = (Date.now() - started) / 1000;
    const crashed = results.find((x) => x.thrown);
    if (crashed) throw crashed.thrown; // a bug of the drill itself, not of the server
    const after = await snapshot(stack.dbUrl);
    const db = verify(
      before,
      after,
      results.flatMap((x) => x.k.accepted),
    );
    const alive = await stack
      .gql('{ serverInfo { name } }')
      .then((r) => r.data?.serverInfo?.name === 'MineGNK')
      .catch(() => false);
    return { mode, results, db, alive, seconds };
  });
}

// ----------------------------------------------------------------------------------------- main
async function main() {
  header('drill: hostile GraphQL requests (issue #6)');
  console.log(`seed: ${SEED} (same seed → same requests; ids of seeded rows are picked by position)`);
  console.log(`reproduce: ${commandLine().replace(/ --seed=\d+/, '')} --seed=${SEED}`);
  console.log(
    `schema: ${ROOTS.length} root fields (${ROOTS.filter((r) => r.kind === 'query').length} Query, ${ROOTS.filter((r) => r.kind === 'mutation').length} Mutation), ${SITES.length} argument sites incl. nested fields; ${Object.values(TARGETS).reduce((s, t) => s + t.length, 0)} (class, position) targets`,
  );
  const runs = [];
  const perMode = Math.round(TOTAL / MODES.length);
  for (const [i, mode] of MODES.entries())
    runs.push(await drill(mode, i === MODES.length - 1 ? TOTAL - perMode * (MODES.length - 1) : perMode, (SEED + i * 0x9e3779b9) >>> 0));
  return printReport(runs, { seed: SEED, concurrency: CONCURRENCY, slowMs: SLOW_MS }) > 0 ? 1 : 0;
}

run(main, stopEmbedded);
