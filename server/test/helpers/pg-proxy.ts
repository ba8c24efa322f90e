import { createServer, connect, type Server, type Socket } from 'node:net';

type Mode = 'forward' | 'refuse' | 'drop' | 'silent';

/**
 * A TCP proxy between the app and the suite's PostgreSQL. `cut(mode)` destroys every open connection
 * (as a server restart does) and then: `refuse` closes the port (ECONNREFUSED), `drop` accepts and
 * hangs up at once, `silent` accepts and never answers (only the pool's connect timeout ends it).
 * `restore()` forwards again on the same port.
 */
export async function pgProxy(target: URL) {
  const sockets = new Set<Socket>();
  let mode: Mode = 'forward';
  let server: Server;
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  };
  const listen = (port: number) =>
    new Promise<number>((res, rej) => {
      server = createServer((client) => {
        track(client);
        if (mode === 'drop') return client.destroy();
        if (mode === 'silent') return; // connected, never a byte back
        const upstream = connect(Number(target.port || 5432), target.hostname);
        track(upstream);
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      });
      server.once('error', rej);
      server.listen(port, '127.0.0.1', () => res((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  const killAll = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    port,
    async cut(next: Exclude<Mode, 'forward'>) {
      mode = next;
      const closed = next === 'refuse' ? new Promise((r) => server.close(r)) : undefined;
      killAll();
      await closed;
    },
    async restore() {
      if (!server.listening) await listen(port);
      killAll(); // silent/dropped sockets of the outage
      mode = 'forward';
    },
    async close() {
      const closed = server.listening ? new Promise((r) => server.close(r)) : undefined;
      killAll();
      await closed;
    },
  };
}
