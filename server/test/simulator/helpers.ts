/** Shared helpers for the simulator tests: HTTP over loopback, fixtures, JSON shape comparison. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHAIN = '/chain-api/productscience/inference/inference';

/** A controllable clock so tests move time without waiting. */
export function manualClock(startMs = Date.parse('2026-02-10T12:00:00Z')) {
  let now = startMs;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

export async function getJson<T = any>(baseUrl: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(baseUrl + path);
  return { status: res.status, body: (await res.json()) as T };
}

export async function okJson<T = any>(baseUrl: string, path: string): Promise<T> {
  const { status, body } = await getJson<T>(baseUrl, path);
  assert.equal(status, 200, `GET ${path} → ${status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

export async function send(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

// One copy of the Gonka samples for all server tests: server/test/fixtures/gonka (from dist/test/simulator).
const FIXTURE_DIRS = [
  resolve(__dirname, '../../../test/fixtures/gonka'),
  resolve(process.cwd(), 'test/fixtures/gonka'),
  resolve(process.cwd(), 'server/test/fixtures/gonka'),
];

export function fixture(name: string): any {
  const dir = FIXTURE_DIRS.find((d) => existsSync(resolve(d, name)));
  assert.ok(dir, `fixture ${name} not found`);
  const json = JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
  delete json._meta; // added by the sample's author, not part of the response
  return json;
}

/** Optional fields the services send as null when unknown; either side may be null for these. */
const NULLABLE = new Set([
  'is_jailed',
  'jailed_until',
  'ready_to_unjail',
  'moniker',
  'website',
  'validator_consensus_key',
  'consensus_key_mismatch',
  'confirmation_poc_ratio',
  'next_key',
  'total_assigned_rewards_gnk',
  'proof_ops',
  'block',
]);

/** Keys the real producer omits at times (mainnet's participant list has no `throughput`). */
const OMITTABLE = new Set(['throughput']);

/** Objects used as dictionaries (keys are data, e.g. ML node ids): values are compared instead. */
const DICTIONARIES = new Set(['ml_nodes_map']);

/**
 * Asserts `actual` has the fixture's keys with the same JSON value types, recursively (arrays are
 * compared element-wise against the fixture's first element). Extra keys fail unless allowed.
 */
export function assertSameShape(actual: unknown, expected: unknown, opts: { allowExtraKeys?: boolean } = {}, path = '$'): void {
  const key = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  if (NULLABLE.has(key) && (actual === null || expected === null)) return;
  assert.equal(kind(actual), kind(expected), `${path}: expected ${kind(expected)}, got ${kind(actual)} (${JSON.stringify(actual)?.slice(0, 80)})`);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === 0) return;
    for (const [i, item] of actual.entries()) assertSameShape(item, expected[0], opts, `${path}[${i}]`);
    return;
  }
  if (kind(expected) !== 'object') return;
  if (DICTIONARIES.has(key)) {
    const sample = Object.values(expected as object)[0];
    for (const [k, v] of Object.entries(actual as object)) assertSameShape(v, sample, opts, `${path}.${k}`);
    return;
  }
  const exp = expected as Record<string, unknown>;
  const act = actual as Record<string, unknown>;
  for (const k of Object.keys(exp)) {
    if (!(k in act) && OMITTABLE.has(k)) continue;
    assert.ok(k in act, `${path}: missing key "${k}"`);
    assertSameShape(act[k], exp[k], opts, `${path}.${k}`);
  }
  if (!opts.allowExtraKeys) {
    const extra = Object.keys(act).filter((k) => !(k in exp));
    assert.deepEqual(extra, [], `${path}: unexpected keys ${extra.join(', ')}`);
  }
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
