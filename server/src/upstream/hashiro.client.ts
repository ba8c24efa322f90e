import { UpstreamUnavailableError } from './errors.js';

/**
 * Slot for Hashiro (hashiro.tech/gonka), a pool dashboard with no known public API. Disabled
 * unless a base URL is configured; even then there is no route to call yet, so `requireEnabled`
 * is the single place a future method starts from. Pool wallets can meanwhile be followed through
 * the chain endpoints of GonkaNodeClient.
 */
export class HashiroClient {
  readonly baseUrl: string | undefined;

  constructor(baseUrl: string | undefined) {
    const trimmed = baseUrl?.trim();
    this.baseUrl = trimmed ? trimmed.replace(/\/+$/, '') : undefined;
  }

  isEnabled(): boolean {
    return this.baseUrl !== undefined;
  }

  /** Throws the standard "unavailable" error when not configured, so callers degrade uniformly. */
  requireEnabled(route: string): string {
    if (!this.baseUrl) throw new UpstreamUnavailableError('hashiro', route, 'not_configured', 'Hashiro is not configured');
    return this.baseUrl;
  }
}
