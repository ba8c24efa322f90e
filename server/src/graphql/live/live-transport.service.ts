import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { Unauthenticated } from '../../common/domain-error.js';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { AppConfig } from '../../config/app-config.js';
import { ROOT_LOGGER } from '../../logging/logging.module.js';
import { requestId } from '../../logging/root-logger.js';
import { BearerAuth } from '../../modules/auth/bearer-auth.service.js';
import { formatError, shownAsInternal } from '../format-error.js';
import { RequestLoadersFactory } from '../request-loaders.js';
import { subscriptionContext } from './live-context.js';
import { liveOperationPlanner } from './live-operation.js';
import { admitSocket } from './live-socket-auth.js';
import { LiveSockets } from './live-sockets.js';

export const LIVE_PATH = '/graphql';
// A subscribe message is a small document; ws's default (100 MiB) would let one frame fill memory.
const MAX_MESSAGE_BYTES = 64 * 1024;
// How long shutdown waits for clients to acknowledge the 1001 close (ws would wait 30 s); the HTTP drain ends the rest.
const CLOSE_ACK_MS = 2000;

/**
 * GraphQL subscriptions over graphql-ws on the app's own HTTP server, at /graphql (the
 * `graphql-transport-ws` subprotocol; HTTP POST on the same path stays Apollo's). Our own
 * `useServer` rather than the Nest driver's, which hands graphql-ws the HTTP context factory and has
 * no hook for the schema-level checks Apollo's plugins do over HTTP (live-operation.ts).
 * Authentication is the access token or API token in connectionParams (no cookies), so a foreign page cannot
 * ride a visitor's session over a cross-site WebSocket.
 */
@Injectable()
export class LiveTransport implements OnApplicationBootstrap, OnModuleDestroy {
  private disposable?: { dispose(): void | Promise<void> };
  private goingAway?: Promise<void>;
  readonly sockets: LiveSockets;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly bearer: BearerAuth,
    private readonly loaders: RequestLoadersFactory,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {
    this.sockets = new LiveSockets(bearer);
  }

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer();
    if (!httpServer) return;
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.disposable = this.serve(wss, liveOperationPlanner(schema));
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (this.goingAway) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
        return;
      }
      if (new URL(req.url ?? '/', 'http://x').pathname !== LIVE_PATH) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    });
  }

  /**
   * Graceful shutdown, first of all (bootstrap's close): every socket closed with 1001 (Going away),
   * so clients reconnect to another replica; new upgrades refused. Resolves once the clients
   * acknowledged the close, or after CLOSE_ACK_MS.
   */
  goAway(): Promise<void> {
    this.sockets.stop();
    if (!this.goingAway) {
      const disposed = Promise.resolve(this.disposable?.dispose()).catch(() => undefined);
      this.goingAway = Promise.race([disposed, new Promise<void>((resolve) => setTimeout(resolve, CLOSE_ACK_MS).unref())]);
    }
    return this.goingAway;
  }

  async onModuleDestroy(): Promise<void> {
    await this.goAway();
  }

  private serve(wss: WebSocketServer, plan: ReturnType<typeof liveOperationPlanner>) {
    const format = formatError(this.config.isProduction);
    const shown = (errors: readonly GraphQLError[], id: string) =>
      errors.map((e) => {
        if (shownAsInternal(e)) this.log.error({ err: e.originalError ?? e, subscriptionId: id }, 'unexpected GraphQL error (subscription)');
        return format(e.toJSON(), e);
      });
    return useServer(
      {
        onConnect: async (ctx) => {
          const admission = await admitSocket(this.bearer, ctx.connectionParams);
          if ('close' in admission) {
            // Closed here with our code; graphql-ws's own close (4403) after `false` is then a no-op.
            ctx.extra.socket.close(admission.close, admission.reason);
            return false;
          }
          this.sockets.add(ctx.extra.socket, admission);
          return true;
        },
        onClose: (ctx) => this.sockets.remove(ctx.extra.socket),
        onSubscribe: (ctx, _id, payload) => {
          const access = this.sockets.accessOf(ctx.extra.socket);
          // graphql-ws only subscribes acknowledged sockets, and only admitted ones are acknowledged.
          if (!access) return [new Unauthenticated()].map((e) => new GraphQLError(e.message, { originalError: e }));
          // Refusals go out through onError below, formatted like HTTP errors.
          return plan(payload, () => subscriptionContext(this.loaders, access, ctx.extra.request, requestId(ctx.extra.request)));
        },
        onNext: (_ctx, id, _payload, _args, result: ExecutionResult) => (result.errors ? { ...result, errors: shown(result.errors, id) } : undefined),
        onError: (_ctx, id, _payload, errors) => shown(errors, id),
      },
      wss,
    );
  }
}
