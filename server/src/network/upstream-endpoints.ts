import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';

/** Where the adapters point: configured URLs, or the built-in simulator in demo mode. */
export interface UpstreamEndpoints {
  gonkaNodeUrls: string[];
  hyperfusionUrl?: string;
  hashiroUrl?: string;
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
  if (!config.usesSimulator) {
    return { gonkaNodeUrls: env.GONKA_NODE_URLS ?? [], hyperfusionUrl: env.HYPERFUSION_URL, hashiroUrl: env.HASHIRO_URL, demo: false };
  }
  const simulator = await startSimulator({
    port: env.SIMULATOR_PORT,
    seed: env.SIMULATOR_SEED,
    participants: env.SIMULATOR_PARTICIPANTS,
    epochDurationMs: env.SIMULATOR_EPOCH_SECONDS * 1000,
    rateLimit: env.SIMULATOR_RATE_LIMIT,
  });
  log.info({ url: simulator.url }, 'demo mode: Gonka network simulator running');
  return { gonkaNodeUrls: [simulator.url], hyperfusionUrl: simulator.hyperfusionUrl, demo: true, simulator };
}
