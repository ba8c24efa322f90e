import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { GCORE_PREFIX, SIMULATOR_GCORE_TOKEN } from '../simulator/cloud/gcore-routes.js';
import { GCORE_DEFAULT_API_URL } from '../upstream/gcore.client.js';

/** Where the adapters point: configured URLs, or the built-in simulator in demo mode. */
export interface UpstreamEndpoints {
  gonkaNodeUrls: string[];
  hyperfusionUrl?: string;
  hashiroUrl?: string;
  /** A CoinGecko-compatible API root (PRICE_API_URL, else the simulator's in demo mode). */
  priceApiUrl?: string;
  /** Gcore Cloud API and its token: configured, else the simulator's in demo mode, else none (no cloud data). */
  gcoreApiUrl?: string;
  gcoreApiToken?: string;
  demo: boolean;
  simulator?: RunningSimulator;
}

export const UPSTREAM_ENDPOINTS = Symbol('UPSTREAM_ENDPOINTS');

/**
 * With no upstream URL (or SIMULATOR=on) the simulator is started on loopback and every adapter
 * points at it. With any URL set the simulator stays off and unset sources are disabled.
 */
export async function resolveUpstreams(config: AppConfig, log: Logger): Promise<UpstreamEndpoints> {
  const env = config.env;
  // A token alone means the real Gcore API, in demo mode too (the Gonka side may still be simulated).
  const gcore = env.GCORE_API_TOKEN ? { gcoreApiUrl: env.GCORE_API_URL ?? GCORE_DEFAULT_API_URL, gcoreApiToken: env.GCORE_API_TOKEN } : {};
  if (!config.usesSimulator) {
    return {
      gonkaNodeUrls: env.GONKA_NODE_URLS ?? [],
      hyperfusionUrl: env.HYPERFUSION_URL,
      hashiroUrl: env.HASHIRO_URL,
      priceApiUrl: env.PRICE_API_URL,
      ...gcore,
      demo: false,
    };
  }
  const simulator = await startSimulator({
    port: env.SIMULATOR_PORT,
    seed: env.SIMULATOR_SEED,
    participants: env.SIMULATOR_PARTICIPANTS,
    epochDurationMs: env.SIMULATOR_EPOCH_SECONDS * 1000,
    rateLimit: env.SIMULATOR_RATE_LIMIT,
  });
  log.info({ url: simulator.url }, 'demo mode: Gonka network simulator running');
  const simulatedGcore = { gcoreApiUrl: `${simulator.url}${GCORE_PREFIX}`, gcoreApiToken: SIMULATOR_GCORE_TOKEN };
  return {
    gonkaNodeUrls: [simulator.url],
    hyperfusionUrl: simulator.hyperfusionUrl,
    priceApiUrl: env.PRICE_API_URL ?? simulator.priceApiUrl,
    ...(env.GCORE_API_TOKEN ? gcore : simulatedGcore),
    demo: true,
    simulator,
  };
}
