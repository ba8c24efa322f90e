import type { TestApp } from './test-app.js';

/** Requests served per route by the app's simulator since the last reset. */
export async function simStats(app: TestApp): Promise<Record<string, number>> {
  const res = await fetch(`${app.running.upstreams.simulator!.url}/__sim/stats`);
  return ((await res.json()) as { routes: Record<string, number> }).routes;
}

export async function simReset(app: TestApp): Promise<void> {
  await fetch(`${app.running.upstreams.simulator!.url}/__sim/reset`, { method: 'POST' });
}

export async function simFault(app: TestApp, fault: { route: string; kind: string; delayMs?: number; count?: number }) {
  const res = await fetch(`${app.running.upstreams.simulator!.url}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!res.ok) throw new Error(`fault not accepted: ${res.status} ${await res.text()}`);
}

export async function simClearFaults(app: TestApp): Promise<void> {
  await fetch(`${app.running.upstreams.simulator!.url}/__sim/faults`, { method: 'DELETE' });
}

/** Routes that were called more than once (over-fetching). */
export function repeated(stats: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(stats).filter(([, n]) => n > 1));
}
