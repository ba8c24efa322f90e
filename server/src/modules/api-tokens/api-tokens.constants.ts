/** Bounds of `createApiToken`'s input (issue #15); the client shows the same ranges. */
export const NAME_MAX_LENGTH = 64;
/** Every token expires: a forgotten script's token stops within a year at most. */
export const EXPIRES_IN_DAYS_MIN = 1;
export const EXPIRES_IN_DAYS_MAX = 365;
/** Live (neither revoked nor expired) tokens per account: enough for many scripts, not a mint. */
export const ACTIVE_TOKENS_MAX = 20;
/** `lastUsedAt` is written at most this often per token, so a busy script does not write on every request. */
export const LAST_USED_PRECISION_MS = 60_000;
/** The rate limit's window; the count per window is API_TOKEN_RATE_LIMIT_PER_MINUTE. */
export const RATE_WINDOW_SECONDS = 60;
