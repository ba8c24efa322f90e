import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app.js';

export interface LiveConnection {
  client: Client;
  /** Resolves when the server acknowledged the connection (rejects if it closed first). */
  connected: Promise<void>;
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/** A real graphql-ws client over `ws`, connecting at once and never retrying (tests assert the close). */
export function connectLive(app: TestApp, connectionParams?: Record<string, unknown>): LiveConnection {
  let onConnected!: () => void;
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((res) => (onClosed = res));
  let failConnect!: (e: Error) => void;
  const connected = new Promise<void>((res, rej) => {
    onConnected = res;
    failConnect = rej;
  });
  connected.catch(() => undefined);
  const client = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    // A refused connection surfaces as the close event; the default handler would rethrow it.
    onNonLazyError: () => undefined,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        failConnect(new Error(`closed ${e.code} ${e.reason}`));
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return { client, connected, closed, dispose: () => client.dispose() as Promise<void> };
}

/** Events of one subscription, read one at a time with a deadline. */
export class LiveEvents<T = any> {
  private readonly queue: Array<{ data?: T; errors?: unknown[] }> = [];
  private waiter?: () => void;
  readonly done: Promise<void>;
  private stop!: () => void;

  constructor(client: Client, query: string, variables?: Record<string, unknown>) {
    this.done = new Promise<void>((resolve) => {
      this.stop = client.subscribe<T>(
        { query, variables },
        {
          next: (value) => this.push(value as { data?: T; errors?: unknown[] }),
          error: (errors) => this.push({ errors: Array.isArray(errors) ? errors : [errors] }),
          complete: resolve,
        },
      );
    });
  }

  private push(event: { data?: T; errors?: unknown[] }): void {
    this.queue.push(event);
    this.waiter?.();
  }

  /** The next event, or undefined after `timeoutMs` without one. */
  async next(timeoutMs = 5000): Promise<{ data?: T; errors?: any[] } | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length === 0 && Date.now() < deadline) {
      await new Promise<void>((res) => {
        const timer = setTimeout(res, deadline - Date.now());
        this.waiter = () => {
          clearTimeout(timer);
          res();
        };
      });
    }
    return this.queue.shift() as { data?: T; errors?: any[] } | undefined;
  }

  /** Every event received so far (drained). */
  drain(): Array<{ data?: T; errors?: any[] }> {
    return this.queue.splice(0) as Array<{ data?: T; errors?: any[] }>;
  }

  unsubscribe(): void {
    this.stop();
  }
}
