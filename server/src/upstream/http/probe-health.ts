import type { UpstreamRequestEvent } from '../upstream-options.js';

/**
 * `GET {inferenceUrl}/health` on a participant's own API node: true only on HTTP 200.
 * A probe, not a data fetch: no retries and no breaker (each participant host is probed rarely and
 * a failure is the answer), a short timeout, redirects not followed (a host must answer itself).
 * `inferenceUrl` is chosen by the participant (it comes from the chain): the body is never read
 * and only a boolean leaves this function, which limits what such a URL can make us reveal.
 */
export async function probeHealth(inferenceUrl: string, timeoutMs: number, onRequest?: (event: UpstreamRequestEvent) => void): Promise<boolean> {
  const target = healthUrl(inferenceUrl);
  if (!target) return false;
  const started = performance.now();
  let outcome: UpstreamRequestEvent['outcome'] = 'network';
  try {
    const response = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    void response.body?.cancel().catch(() => undefined);
    outcome = response.status === 200 ? 'success' : response.status >= 500 ? 'http_5xx' : 'rejected';
    return response.status === 200;
  } catch (error) {
    outcome = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
    return false;
  } finally {
    try {
      onRequest?.({
        source: 'gonka_api',
        route: 'GET {inference_url}/health',
        host: target.origin,
        outcome,
        durationMs: performance.now() - started,
      });
    } catch {
      // metrics must not change the answer
    }
  }
}

function healthUrl(inferenceUrl: string): URL | undefined {
  try {
    const base = new URL(inferenceUrl);
    if (base.protocol !== 'http:' && base.protocol !== 'https:') return undefined;
    return new URL(`${base.pathname.replace(/\/+$/, '')}/health`, base);
  } catch {
    return undefined;
  }
}
