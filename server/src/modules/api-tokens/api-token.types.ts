export type ApiTokenScopeValue = 'READ' | 'FULL';

/** One row of `api_tokens` as the rest of the module sees it (never the hash outside the repository). */
export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  scope: ApiTokenScopeValue;
  tokenPrefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}
