/**
 * HTTP pipeline: route → count → rate limit → fault → handler → JSON. Node's http module only;
 * every response is JSON like the real services.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SLOW_DELAY_MS, FaultInjector, truncateJson, withEmptyLists, withWrongTypes, type FaultSpec } from './faults.js';
import { Router } from './http/router.js';
import { errorReply, familyOf, type Reply, type RouteDef } from './http/types.js';
import type { NetworkState } from './network-state.js';
import { RateLimiter } from './rate-limit.js';
import { RequestStats, UNMATCHED_ROUTE } from './stats.js';
import type { SimContext } from './views/context.js';

export interface SimulatorServerOptions {
  port: number;
  host: string;
  /** The base URL others reach it by, when not `http://host:port` (a container bound to 0.0.0.0). */
  publicUrl?: string;
  rateLimit: boolean;
  now: () => number;
  buildRoutes(ctx: SimContext, control: ControlHandles): RouteDef[];
}

export interface ControlHandles {
  stats: RequestStats;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  releaseHungRequests(): void;
}

export interface SimulatorServer {
  url: string;
  close(): Promise<void>;
}

const MAX_CONTROL_BODY_BYTES = 64 * 1024;

export async function startSimulatorServer(state: NetworkState, options: SimulatorServerOptions): Promise<SimulatorServer> {
  const stats = new RequestStats();
  const faults = new FaultInjector();
  const rateLimiter = new RateLimiter(options.now);
  const hung = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let router: Router | null = null;

  const releaseHungRequests = (): void => {
    for (const res of hung) res.destroy();
    hung.clear();
  };
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = req.method ?? 'GET';
    const family = familyOf(path);
    if (!router) return send(res, errorReply(path, 503, 'simulator starting'));

    const match = router.match(method, path);
    const pattern = match.kind === 'none' ? UNMATCHED_ROUTE : match.kind === 'found' ? match.route.pattern : match.pattern;
    // The fake Bot API is the portal's notification channel, not Gonka data: not an upstream call, no faults.
    const gonka = family !== 'control' && family !== 'telegram';
    if (gonka) stats.record(pattern, url.searchParams);

    if (options.rateLimit) {
      const decision = rateLimiter.check(req.socket.remoteAddress ?? 'unknown', family);
      if (!decision.allowed) {
        const reply = errorReply(path, 429, 'rate limit exceeded, retry later');
        return send(res, { ...reply, headers: { 'retry-after': String(decision.retryAfterSeconds) } });
      }
    }

    const fault = gonka ? faults.take(pattern, path) : null;
    if (fault?.kind === 'hang') {
      hung.add(res);
      res.on('close', () => hung.delete(res));
      return;
    }
    if (fault?.kind === 'http500') return send(res, errorReply(path, 500, 'simulated internal error'));
    if (fault?.kind === 'http429') return send(res, { ...errorReply(path, 429, 'simulated rate limit'), headers: { 'retry-after': '1' } });
    if (fault?.kind === 'slow') await sleep(fault.delayMs ?? DEFAULT_SLOW_DELAY_MS);

    let reply: Reply;
    if (match.kind === 'none') reply = errorReply(path, 404, 'Not Found');
    else if (match.kind === 'wrong-method') reply = errorReply(path, 405, 'Method Not Allowed');
    else {
      const read = method === 'POST' ? await readJsonBody(req) : { body: undefined, raw: '' };
      const hungUp = new AbortController();
      res.on('close', () => hungUp.abort());
      reply =
        read.body === INVALID_BODY
          ? errorReply(path, 400, 'request body must be JSON')
          : await match.route.handle({
              method,
              path,
              params: match.params,
              query: url.searchParams,
              body: read.body,
              rawBody: read.raw,
              headers: req.headers,
              signal: hungUp.signal,
            });
    }
    send(res, reply, fault);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      send(res, errorReply(req.url ?? '/', 500, `simulator error: ${error instanceof Error ? error.message : String(error)}`));
    });
  });
  // Health probes and pollers keep connections alive; close() must still end promptly.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = options.publicUrl?.replace(/\/+$/, '') ?? `http://${hostPart}:${port}`;
  router = new Router(options.buildRoutes({ state, baseUrl: url }, { stats, faults, rateLimiter, releaseHungRequests }));

  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        releaseHungRequests();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, reply: Reply, fault?: FaultSpec | null): void {
  if (res.destroyed) return;
  const body = () => (reply.text === undefined ? reply.body : JSON.parse(reply.text));
  let text =
    fault?.kind === 'wrongTypes'
      ? JSON.stringify(withWrongTypes(body()))
      : fault?.kind === 'empty'
        ? JSON.stringify(withEmptyLists(body()))
        : (reply.text ?? JSON.stringify(reply.body));
  if (fault?.kind === 'malformed') text = truncateJson(text);
  const status = fault?.kind === 'malformed' ? 200 : reply.status;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...reply.headers });
  res.end(text);
}

const INVALID_BODY = Symbol('invalid body');

/** The parsed body and its exact bytes as text (a webhook receiver checks a signature over those). */
async function readJsonBody(req: IncomingMessage): Promise<{ body: unknown; raw: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CONTROL_BODY_BYTES) return { body: INVALID_BODY, raw: '' };
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { body: undefined, raw: '' };
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return { body: JSON.parse(raw), raw };
  } catch {
    return { body: INVALID_BODY, raw };
  }
}
