/** Bech32 addresses the way Cosmos derives them for Gonka (hrp gonka / gonkavaloper / gonkavalcons). */
import { createHash } from 'node:crypto';
import { bech32 } from 'bech32';

export const ACCOUNT_HRP = 'gonka';
export const OPERATOR_HRP = 'gonkavaloper';
export const CONSENSUS_HRP = 'gonkavalcons';

export function encodeBech32(hrp: string, bytes: Uint8Array): string {
  return bech32.encode(hrp, bech32.toWords(bytes));
}

/** Returns the payload bytes if `address` is valid bech32 with the expected hrp, else null. */
export function decodeBech32(address: string, hrp: string): Uint8Array | null {
  try {
    const decoded = bech32.decode(address);
    return decoded.prefix === hrp ? Uint8Array.from(bech32.fromWords(decoded.words)) : null;
  } catch {
    return null;
  }
}

/**
 * CometBFT derives a validator's consensus address from its ed25519 public key (first 20 bytes of
 * sha256), not from the account key — so valcons differs from the account/operator bytes, as on chain.
 */
export function consensusAddressBytes(pubKey: Uint8Array): Uint8Array {
  return createHash('sha256').update(pubKey).digest().subarray(0, 20);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(a, b);
}
