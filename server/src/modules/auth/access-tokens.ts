import { JwtService } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../../config/app-config.js';
import type { AuthUser } from './auth-user.js';

const ISSUER = 'minegnk';
const AUDIENCE = 'minegnk-api';

interface AccessClaims {
  sub: string;
  email: string;
  role: AuthUser['role'];
  /** Refresh-token family (the sign-in session) this token was issued for. */
  sid: string;
}

export type VerifiedAccess = { user: AuthUser; sessionId: string } | { error: 'invalid' | 'expired' };

/**
 * Short-lived HS256 access tokens. Pure (config in, tokens out) so the GraphQL context can verify a
 * bearer token before any guard or plugin runs.
 */
export class AccessTokens {
  private readonly jwt: JwtService;
  // A client sends the same token on every request until it refreshes; an HMAC check plus claim
  // parsing per request was a tenth of the server's time under load. Only successes are kept, each
  // until its own `exp`, so an expired token is still refused on time.
  private readonly verified = new LRUCache<string, { access: VerifiedAccess; expiresAt: number }>({ max: 10_000 });

  constructor(config: AppConfig) {
    this.ttlSeconds = config.env.ACCESS_TOKEN_TTL_SECONDS;
    this.jwt = new JwtService({
      secret: config.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds, issuer: ISSUER, audience: AUDIENCE },
      verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
    });
  }

  readonly ttlSeconds: number;

  sign(user: AuthUser, sessionId: string): string {
    const claims: AccessClaims = { sub: user.id, email: user.email, role: user.role, sid: sessionId };
    return this.jwt.sign(claims);
  }

  verify(token: string): VerifiedAccess {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAt) return known.access;
    try {
      const c = this.jwt.verify<AccessClaims & { exp: number }>(token);
      // jsonwebtoken only checks exp when present; a token without one would never expire.
      const wellFormed =
        typeof c.exp === 'number' &&
        typeof c.sub === 'string' &&
        typeof c.email === 'string' &&
        typeof c.sid === 'string' &&
        (c.role === 'user' || c.role === 'admin');
      if (!wellFormed) return { error: 'invalid' };
      const access: VerifiedAccess = { user: Object.freeze({ id: c.sub, email: c.email, role: c.role }), sessionId: c.sid };
      this.verified.set(token, { access, expiresAt: c.exp * 1000 });
      return access;
    } catch (e) {
      return { error: (e as Error).name === 'TokenExpiredError' ? 'expired' : 'invalid' };
    }
  }

  /** Reads `Authorization: Bearer <token>`; no header is not an error (anonymous caller). */
  fromHeader(header: string | undefined): VerifiedAccess | undefined {
    if (!header) return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? this.verify(match[1]) : { error: 'invalid' };
  }
}
