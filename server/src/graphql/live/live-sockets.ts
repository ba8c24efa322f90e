import type { WebSocket } from 'ws';
import type { BearerAuth, BearerRejection } from '../../modules/auth/bearer-auth.service.js';
import { LiveClose, type SocketAccess } from './live-socket-auth.js';

/**
 * How often open sockets' sessions are checked against the revocation store. A revocation is a
 * cache entry (modules/auth/session-revocations.ts, Redis when configured), not an event, so it is
 * polled: one check per session (not per socket) per interval, whatever the replica that revoked it.
 */
export const SESSION_RECHECK_MS = 2000;
// setTimeout's limit (~24.8 days); an access token lives 15 minutes, an API token up to a year (the sweep catches its expiry).
const MAX_TIMER_MS = 2 ** 31 - 1;

interface OpenSocket {
  access: SocketAccess;
  expiry: NodeJS.Timeout;
}

function endedReason(rejection: BearerRejection): string {
  if (rejection.credential === 'access-token') return 'Forbidden: session ended';
  return rejection.error === 'expired' ? 'Forbidden: API token expired' : 'Forbidden: API token revoked';
}

/** The authenticated live sockets: each is closed when its token expires or its session ends. */
export class LiveSockets {
  private readonly open = new Map<WebSocket, OpenSocket>();
  private sweeper?: NodeJS.Timeout;
  private sweeping = false;

  constructor(
    private readonly bearer: BearerAuth,
    private readonly recheckMs = SESSION_RECHECK_MS,
  ) {}

  get size(): number {
    return this.open.size;
  }

  accessOf(socket: WebSocket): SocketAccess | undefined {
    return this.open.get(socket)?.access;
  }

  add(socket: WebSocket, access: SocketAccess): void {
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, access.expiresAt - Date.now()));
    // The client reconnects with a fresh token (it refreshes on 4401): no socket outlives its token.
    const expiry = setTimeout(() => socket.close(LiveClose.UNAUTHORIZED, 'Unauthorized: token expired'), delay);
    expiry.unref();
    this.open.set(socket, { access, expiry });
    this.sweeper ??= setInterval(() => void this.sweep(), this.recheckMs).unref();
  }

  remove(socket: WebSocket): void {
    const entry = this.open.get(socket);
    if (!entry) return;
    clearTimeout(entry.expiry);
    this.open.delete(socket);
    if (this.open.size === 0) this.stop();
  }

  stop(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  /** Closes sockets whose session has ended or API token was revoked (4403), or whose account is no longer what the token says. */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      // One check per sign-in session or API token, however many sockets share it.
      const byCredential = new Map<string, WebSocket[]>();
      for (const [socket, { access }] of this.open) {
        const key = access.apiTokenId ? `api:${access.apiTokenId}` : `session:${access.sessionId}`;
        byCredential.set(key, [...(byCredential.get(key) ?? []), socket]);
      }
      for (const sockets of byCredential.values()) {
        const { access } = this.open.get(sockets[0]) ?? {};
        if (!access) continue;
        const admitted = await this.bearer.recheck(access).catch(() => access);
        const reason = 'error' in admitted ? endedReason(admitted) : admitted.user.role !== access.user.role ? 'Forbidden: role changed' : undefined;
        if (reason) for (const socket of sockets) socket.close(LiveClose.FORBIDDEN, reason);
      }
    } finally {
      this.sweeping = false;
    }
  }
}
