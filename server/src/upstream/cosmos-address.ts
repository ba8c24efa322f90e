import { createHash } from 'node:crypto';
import { bech32 } from 'bech32';

/**
 * Address conversions needed to join chain data: a validator (`gonkavaloper1…`) is the same key as
 * the participant account (`gonka1…`), and its signing info is keyed by the consensus address
 * (`gonkavalcons1…` = first 20 bytes of sha256 of the ed25519 consensus public key).
 */

export const ACCOUNT_PREFIX = 'gonka';
export const VALCONS_PREFIX = 'gonkavalcons';

/** `gonkavaloper1…` → `gonka1…`; null when the input is not valid bech32. */
export function operatorToAccountAddress(operatorAddress: string, accountPrefix = ACCOUNT_PREFIX): string | null {
  const decoded = bech32.decodeUnsafe(operatorAddress);
  return decoded ? bech32.encode(accountPrefix, decoded.words) : null;
}

/** Base64 ed25519 consensus public key → consensus address bytes (20). */
function consensusAddressBytes(pubkeyBase64: string): Buffer | null {
  const key = Buffer.from(pubkeyBase64, 'base64');
  if (key.length !== 32) return null; // not ed25519: the address would be derived differently
  return createHash('sha256').update(key).digest().subarray(0, 20);
}

export function consensusAddressFromPubkey(pubkeyBase64: string, prefix = VALCONS_PREFIX): string | null {
  const bytes = consensusAddressBytes(pubkeyBase64);
  return bytes ? bech32.encode(prefix, bech32.toWords(bytes)) : null;
}

/** Upper-case hex, as CometBFT prints validator addresses (e.g. in epoch participants' `validators`). */
export function consensusHexAddressFromPubkey(pubkeyBase64: string): string | null {
  return consensusAddressBytes(pubkeyBase64)?.toString('hex').toUpperCase() ?? null;
}
