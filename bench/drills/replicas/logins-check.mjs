// Check (e): failed sign-ins for one account from one address, sent through the balancer (round
// robin: they land on every replica), must hit the account+address throttle at the same attempt as
// on a single replica: the 6th failure in a row is RATE_LIMITED. That needs the throttle's counts in
// the shared store (Redis); counted per process, each replica sees only its share of the attempts.
import { PASSWORD } from './world.mjs';

export const ATTEMPTS = 6;

async function post(base, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return { body: await res.json(), replica: res.headers.get('x-served-by') ?? '?' };
}

async function failedLogins(stack) {
  const email = `throttle-${stack.name}@drill.test`;
  const reg = await post(stack.cluster.url, 'mutation ($i: RegisterInput!) { register(input: $i) { user { id } } }', { i: { email, password: PASSWORD } });
  if (!reg.body.data) throw new Error(`register ${email}: ${JSON.stringify(reg.body)}`);
  const attempts = [];
  for (let i = 1; i <= ATTEMPTS; i++) {
    const r = await post(stack.cluster.url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email, password: `wrong-password-${i}` },
    });
    attempts.push({ code: r.body.errors?.[0]?.extensions?.code ?? (r.body.data ? 'SIGNED IN' : '?'), replica: r.replica });
  }
  const firstLimited = attempts.findIndex((a) => a.code === 'RATE_LIMITED') + 1 || null;
  return { attempts, firstLimited };
}

export async function loginsCheck(world) {
  const single = await failedLogins(world.single);
  const cluster = await failedLogins(world.cluster);
  const rows = [single, cluster].map((r, i) => ({
    stack: i === 0 ? 'single (1 replica)' : `cluster (${world.cluster.cluster.replicas.length} replicas)`,
    ...Object.fromEntries(r.attempts.map((a, k) => [`#${k + 1}`, `${a.code} @${a.replica}`])),
    'first RATE_LIMITED': r.firstLimited ?? 'none',
  }));
  return { rows, single: single.firstLimited, cluster: cluster.firstLimited, pass: single.firstLimited === ATTEMPTS && cluster.firstLimited === ATTEMPTS };
}
