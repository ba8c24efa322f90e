import { Injectable } from '@nestjs/common';
import { ApiTokenAuth } from '../api-tokens/api-token-auth.service.js';
import { looksLikeApiToken } from '../api-tokens/api-token-secrets.js';
import { AccessGate } from './access-gate.js';
import { AccessTokens } from './access-tokens.js';
import type { AuthUser } from './auth-user.js';

export type BearerScope = 'READ' | 'FULL';
/** Which kind of credential was presented: the error messages differ (refresh vs. make a new token). */
export type BearerCredential = 'access-token' | 'api-token';

export type BearerRejection = { error: 'invalid' | 'expired' | 'revoked'; credential: BearerCredential };

export interface BearerAccess {
  user: AuthUser;
  /** The sign-in session of an access token (refresh-token family). */
  sessionId?: string;
  /** The personal API token's id. */
  apiTokenId?: string;
  /** Access tokens are FULL; an API token has its own. */
  scope: BearerScope;
  /** When the credential stops being valid (ms since the epoch): live sockets close then. */
  expiresAt: number;
}

export type BearerAdmission = BearerRejection | BearerAccess;

/** `Authorization: Bearer <credential>`; anything else in the header is an invalid credential. */
function credentialOf(authorization: string): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/** The JWT's `exp` in ms; called only on a token AccessTokens has verified, so its payload is well-formed. */
function jwtExpiry(token: string): number {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number };
  return claims.exp * 1000;
}

/**
 * The one admission of a bearer credential, for GraphQL over HTTP, the live socket and any HTTP
 * route: a JWT access token (signature, expiry, then AccessGate: session not ended, admin claim
 * still true) or a personal API token (`mgk_…`, ApiTokenAuth: not revoked or expired, the owner's
 * current role, rate-limited per token). Nothing here logs or echoes the credential.
 */
@Injectable()
export class BearerAuth {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly gate: AccessGate,
    private readonly apiTokens: ApiTokenAuth,
  ) {}

  /**
   * `undefined` when there is no header (an anonymous caller). Throws RATE_LIMITED
   * (ApiTokenRateLimited, extensions.retryAfterSeconds) when an API token is over its limit.
   */
  async admit(authorization: string | undefined): Promise<BearerAdmission | undefined> {
    if (!authorization) return undefined;
    return this.admitCredential(credentialOf(authorization) ?? '');
  }

  /** The same, for a credential without the `Bearer ` scheme (graphql-ws connectionParams.token). */
  async admitCredential(credential: string): Promise<BearerAdmission> {
    if (looksLikeApiToken(credential)) {
      const admitted = await this.apiTokens.admit(credential);
      if ('error' in admitted) return { error: admitted.error, credential: 'api-token' };
      return { user: admitted.user, apiTokenId: admitted.apiTokenId, scope: admitted.scope, expiresAt: admitted.expiresAt.getTime() };
    }
    const access = this.tokens.verify(credential);
    if ('error' in access) return { error: access.error, credential: 'access-token' };
    const admitted = await this.gate.admit(access);
    if ('error' in admitted) return { error: admitted.error, credential: 'access-token' };
    return { ...admitted, scope: 'FULL', expiresAt: jwtExpiry(credential) };
  }

  /**
   * Whether an earlier admission still holds (open sockets ask periodically): the session not ended
   * and the admin claim re-checked, or the API token neither revoked nor expired and its owner's role
   * current. Not rate-limited: it is not a request.
   */
  async recheck(access: BearerAccess): Promise<BearerAdmission> {
    if (access.apiTokenId) {
      const admitted = await this.apiTokens.recheck(access.apiTokenId);
      if ('error' in admitted) return { error: admitted.error, credential: 'api-token' };
      return { ...access, user: admitted.user, scope: admitted.scope, expiresAt: admitted.expiresAt.getTime() };
    }
    if (!access.sessionId) return { error: 'invalid', credential: 'access-token' };
    const admitted = await this.gate.admit({ user: access.user, sessionId: access.sessionId });
    if ('error' in admitted) return { error: admitted.error, credential: 'access-token' };
    return { ...access, user: admitted.user };
  }
}
