// The drill's load: workers in this process sending the dashboard's node-table query as GraphQL GETs
// through a balancer (GET: what HAProxy may retry on another replica), each request recorded with
// its start, end, outcome and the replica that answered (HAProxy's X-Served-By).
export const NODE_TABLE = `query NodeTable($first: Int) {
  myNodes(first: $first) { totalCount nodes { id identifier displayName status statusReason tokensPerSec earningsDay earningsTotal gpuType statsStale } }
}`;

export function getUrl(base, query, variables) {
  return `${base}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

/** One GET query: `{ t0, t1, outcome, replica }`; outcome 'ok', `HTTP 502`, an error code or `transport: …`. */
export async function getQuery(base, token, query = NODE_TABLE, variables = { first: 50 }) {
  const t0 = Date.now();
  let outcome;
  let replica;
  try {
    // Apollo's CSRF prevention: a GET must carry a header a browser form cannot send.
    const res = await fetch(getUrl(base, query, variables), {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      signal: AbortSignal.timeout(15_000),
    });
    replica = res.headers.get('x-served-by') ?? undefined;
    const text = await res.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (res.status !== 200) outcome = `HTTP ${res.status}`;
    else if (body?.errors?.length) outcome = String(body.errors[0].extensions?.code ?? 'error without code');
    else outcome = body?.data ? 'ok' : 'no data';
  } catch (e) {
    outcome = `transport: ${e.cause?.code ?? e.name}`;
  }
  return { t0, t1: Date.now(), outcome, replica };
}

/** `workers` loops, each pausing `pauseMs` between requests, until stop(); `samples` fills as they go. */
export function startLoad({ url, tokens, workers, pauseMs = 0 }) {
  const samples = [];
  let stopped = false;
  const loops = Array.from({ length: workers }, async (_, w) => {
    while (!stopped) {
      samples.push(await getQuery(url, tokens[w % tokens.length]));
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
    }
  });
  return {
    samples,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return samples;
    },
  };
}

/** Counts of samples by outcome, and failures (anything not ok). */
export function tally(samples) {
  const byOutcome = {};
  for (const s of samples) byOutcome[s.outcome] = (byOutcome[s.outcome] ?? 0) + 1;
  return { requests: samples.length, failed: samples.filter((s) => s.outcome !== 'ok').length, byOutcome };
}
