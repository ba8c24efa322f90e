import assert from 'node:assert/strict';
import { ApiTokensRepository } from '../../../src/modules/api-tokens/api-tokens.repository.js';
import type { Session } from '../../helpers/accounts.js';
import type { TestApp } from '../../helpers/test-app.js';

export const TOKEN_FIELDS = 'id name scope prefix createdAt expiresAt lastUsedAt';
export const CREATE = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ${TOKEN_FIELDS} } } }`;
export const LIST = `{ apiTokens { ${TOKEN_FIELDS} } }`;
export const REVOKE = 'mutation ($id: ID!) { revokeApiToken(id: $id) }';
export const ME = '{ me { id email role } }';

export interface CreatedToken {
  token: string;
  apiToken: { id: string; name: string; scope: string; prefix: string; createdAt: string; expiresAt: string; lastUsedAt: string | null };
}

/** Creates a token from a signed-in session (fails the test on any error). */
export async function createToken(
  app: TestApp,
  owner: Session,
  input: { name?: string; scope?: 'READ' | 'FULL'; expiresInDays?: number } = {},
): Promise<CreatedToken> {
  const res = await app.gql(CREATE, { input: { name: 'script', scope: 'FULL', expiresInDays: 30, ...input } }, owner.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.createApiToken;
}

/** Moves a token's expiry through the module's own repository (expiry tested without waiting). */
export function setExpiresAt(app: TestApp, id: string, at: Date): Promise<void> {
  return app.running.app.get(ApiTokensRepository).setExpiresAt(id, at);
}
