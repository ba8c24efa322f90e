// Hostile-requests drill: distinct examples of each kind of loss and the slowest answers, with
// requests and answers clipped for printing.
import { graphqlBodies } from './classify.mjs';

export const clip = (s, n = 700) => {
  if (s === undefined) return '';
  const t = Buffer.isBuffer(s) ? `<${s.length} bytes: ${s.toString('hex').slice(0, 60)}…>` : String(s);
  return t.length > n ? `${t.slice(0, n)}… (${t.length} chars)` : t;
};

export function printLossExamples(runs, { slowMs: SLOW_MS }) {
  const all = runs.flatMap((r) => r.results);

  // Examples of each kind of loss.
  const kinds = [
    ['INTERNAL_SERVER_ERROR', (x) => x.k.ise],
    ['leak', (x) => x.k.leak],
    ['foreign data', (x) => x.k.foreign],
    ['HTTP 5xx', (x) => !x.r.thrown && x.r.status >= 500],
    ['no answer', (x) => x.r.thrown],
  ];
  for (const [kind, test] of kinds) {
    const hits = all.filter(test);
    if (!hits.length) continue;
    const seen = new Set();
    const distinct = [];
    for (const x of hits) {
      const errs = graphqlBodies(x.r.text ?? '')?.flatMap((b) => (b.errors ?? []).map((e) => `${(e.path ?? []).join('.')}:${e.extensions?.code}`)) ?? [];
      const shape = x.c.target.startsWith('(')
        ? String(x.c.body ?? x.c.path)
            .replace(/\d+/g, 'N')
            .slice(0, 50)
        : x.c.target;
      const sig = `${x.c.category}|${shape}|${errs.join(',') || x.r.status || x.r.thrown}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      distinct.push(x);
      if (distinct.length >= 10) break;
    }
    console.log(`\n### ${kind}: ${hits.length} requests, ${distinct.length} distinct examples`);
    for (const [i, x] of distinct.entries()) {
      console.log(
        `\n${i + 1}. [${x.c.mode}, ${x.c.role}, ${x.c.category}, ${x.c.target}] ${x.c.method} ${clip(x.c.path, 200)}${x.c.contentType ? ` (${x.c.contentType})` : ''}`,
      );
      if (x.c.body !== undefined) console.log(`   request:  ${clip(x.c.body)}`);
      console.log(
        `   response: ${x.r.thrown ? `${x.r.thrown} after ${Math.round(x.r.ms)} ms` : `HTTP ${x.r.status} in ${Math.round(x.r.ms)} ms: ${clip(x.r.text)}`}`,
      );
      if (kind === 'leak') console.log(`   matched:  …${x.k.leak}…`);
      if (kind === 'foreign data') console.log(`   matched:  ${x.k.foreign}`);
    }
  }
  const slow = all.filter((x) => !x.r.thrown && x.r.ms >= SLOW_MS).sort((a, b) => b.r.ms - a.r.ms);
  if (slow.length) {
    console.log(`\n### slowest answers (≥ ${SLOW_MS} ms: ${slow.length}; not counted as lost, but a hostile request should be refused fast)`);
    const seen = new Set();
    for (const x of slow) {
      const sig = `${x.c.category}|${clip(x.c.body, 80)}`;
      if (seen.has(sig) || seen.size >= 5) continue;
      seen.add(sig);
      console.log(`- ${Math.round(x.r.ms)} ms [${x.c.mode}, ${x.c.role}, ${x.c.category}] HTTP ${x.r.status}: ${clip(x.c.body, 300)} → ${clip(x.r.text, 160)}`);
    }
  }
}
