import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/**
 * A real loopback HTTP server standing in for a Gonka node or the tracker: serves fixture bodies,
 * misbehaves on demand (status codes, hangs, broken bodies) and counts the requests it receives,
 * so tests can assert what actually reached the wire.
 */
export type Reply =
  | { json: unknown; status?: number }
  | { raw: string; status?: number }
  | { status: number; headers?: Record<string, string> }
  | { hang: true }
  | { delayMs: number; then: Reply }
  | ((req: IncomingMessage) => Reply);

export class FakeUpstream {
  /** Full request paths (with query) in arrival order. */
  readonly requests: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly routes: Map<string, Reply>,
    readonly url: string,
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Routes are matched on path + query first, then on the path alone. */
  static async start(routes: Record<string, Reply> = {}): Promise<FakeUpstream> {
    const table = new Map(Object.entries(routes));
    let upstream: FakeUpstream | undefined;
    const server = createServer((req, res) => upstream!.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    upstream = new FakeUpstream(server, table, `http://127.0.0.1:${port}`);
    return upstream;
  }

  set(path: string, reply: Reply): void {
    this.routes.set(path, reply);
  }

  /** Requests whose path (query ignored) equals `path`; all requests when omitted. */
  hits(path?: string): number {
    if (path === undefined) return this.requests.length;
    return this.requests.filter((r) => r.split('?')[0] === path).length;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const full = req.url ?? '/';
    this.requests.push(full);
    const reply = this.routes.get(full) ?? this.routes.get(full.split('?')[0]) ?? { status: 404 };
    this.send(req, res, reply);
  }

  private send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
    if (typeof reply === 'function') {
      this.send(req, res, reply(req));
      return;
    }
    if ('hang' in reply) return; // never answer; the socket is destroyed on close()
    if ('delayMs' in reply) {
      setTimeout(() => this.send(req, res, reply.then), reply.delayMs);
      return;
    }
    if ('json' in reply) {
      end(res, reply.status ?? 200, JSON.stringify(reply.json));
      return;
    }
    if ('raw' in reply) {
      end(res, reply.status ?? 200, reply.raw);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify({ code: reply.status, message: 'fake upstream error' }));
  }
}

function end(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}

/** Answers from a list in turn, repeating the last one. */
export function sequence(...replies: Reply[]): Reply {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)];
}

const FIXTURE_DIR = findFixtureDir();

function findFixtureDir(): string {
  // Compiled tests live under dist/…, the fixtures stay in the source tree.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test/fixtures/gonka');
    if (existsSync(candidate)) return candidate;
  }
  return resolve(process.cwd(), 'test/fixtures/gonka');
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function fixture(name: string): any {
  return JSON.parse(fixtureText(name));
}
