import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface HttpDrain {
  /** Stops accepting connections; every response from now on says `Connection: close`. */
  stopAccepting(): void;
  /** Resolves once no request is in flight, or after `ms` (false then). */
  idle(ms: number): Promise<boolean>;
  /** Ends what is left (keep-alive connections, requests past the grace) and waits for the listener to close. */
  closeAll(): Promise<void>;
}

/**
 * Graceful stop of an HTTP server: Node's `server.close()` stops accepting but knows nothing of the
 * requests it is serving, and never ends a keep-alive connection that stays busy. This counts the
 * requests in flight (from the server's 'request' events, so every route counts, whatever answers it).
 */
export function trackHttp(server: Server): HttpDrain {
  const sockets = new Set<Socket>();
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  let closed: Promise<void> | undefined;
  let onIdle: (() => void) | undefined;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) onIdle?.();
    });
  });
  return {
    stopAccepting() {
      if (closing) return;
      closing = true;
      closed = new Promise((resolve) => server.close(() => resolve()));
      // Answers still to come end their connection, so clients reconnect to another replica.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      server.closeIdleConnections();
    },
    idle(ms) {
      if (inFlight.size === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
    async closeAll() {
      this.stopAccepting();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
