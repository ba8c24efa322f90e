import { createHash, randomBytes } from 'node:crypto';

/**
 * `mgk_` + 256 random bits (base64url, 43 characters). The fixed prefix lets secret scanners find a
 * leaked token and lets the server tell it from a JWT (which starts `eyJ`) without trying to parse it.
 */
export const API_TOKEN_PREFIX = 'mgk_';
const SHAPE = /^mgk_[A-Za-z0-9_-]{43}$/;
/** What the owner sees of a token after creation: the prefix and 6 characters (36 of 256 bits). */
const SHOWN_LENGTH = API_TOKEN_PREFIX.length + 6;

export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Whether a bearer credential is meant as an API token (routes it away from JWT verification). */
export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}

/** Only well-formed tokens reach the database (hashing a megabyte header would be work for nothing). */
export function isWellFormedApiToken(credential: string): boolean {
  return SHAPE.test(credential);
}

/** sha256, hex: a 256-bit random secret needs no slow hash (nothing to guess from the digest). */
export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function shownPrefixOf(secret: string): string {
  return secret.slice(0, SHOWN_LENGTH);
}
