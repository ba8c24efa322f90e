import { JwtService } from '@nestjs/jwt';
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
    try {
      const c = this.jwt.verify<AccessClaims>(token);
      const wellFormed = typeof c.sub === 'string' && typeof c.email === 'string' && typeof c.sid === 'string' && (c.role === 'user' || c.role === 'admin');
      if (!wellFormed) return { error: 'invalid' };
      return { user: { id: c.sub, email: c.email, role: c.role }, sessionId: c.sid };
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
