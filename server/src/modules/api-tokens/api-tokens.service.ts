import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashApiToken, newApiTokenSecret, shownPrefixOf } from './api-token-secrets.js';
import { ACTIVE_TOKENS_MAX } from './api-tokens.constants.js';
import { ApiTokenLimitReached, ApiTokenManagementNeedsSignIn, ApiTokenNotFound } from './api-tokens.errors.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { type ApiToken, type CreatedApiToken, toApiToken } from './dto/api-token.model.js';
import type { CreateApiTokenInput } from './dto/create-api-token.input.js';

/** Who is asking: the account, and whether the request itself came with an API token. */
export interface ApiTokenCaller {
  user: AuthUser;
  viaApiToken: boolean;
}

/**
 * Personal API tokens (issue #15): created and revoked only from a signed-in session, listed by
 * their owner. The secret exists in this process only while `create` returns it.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: Db,
    private readonly tokens: ApiTokensRepository,
  ) {}

  async create(caller: ApiTokenCaller, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    if (caller.viaApiToken) throw new ApiTokenManagementNeedsSignIn();
    const secret = newApiTokenSecret();
    const record = await this.db.transaction(async (tx) => {
      await this.tokens.lockUser(caller.user.id, tx);
      if ((await this.tokens.countLive(caller.user.id, tx)) >= ACTIVE_TOKENS_MAX) throw new ApiTokenLimitReached();
      return this.tokens.insert(
        {
          userId: caller.user.id,
          name: input.name,
          scope: input.scope,
          tokenHash: hashApiToken(secret),
          tokenPrefix: shownPrefixOf(secret),
          expiresInDays: input.expiresInDays,
        },
        tx,
      );
    });
    return { token: secret, apiToken: toApiToken(record) };
  }

  async listMine(user: AuthUser): Promise<ApiToken[]> {
    return (await this.tokens.listForUser(user.id)).map(toApiToken);
  }

  /** Another account's token (or an unknown id) is NOT_FOUND: existence is not disclosed. Idempotent. */
  async revoke(caller: ApiTokenCaller, id: string): Promise<boolean> {
    if (caller.viaApiToken) throw new ApiTokenManagementNeedsSignIn();
    if (!(await this.tokens.revoke(caller.user.id, id))) throw new ApiTokenNotFound();
    return true;
  }
}
