import { Inject, Injectable, Logger } from '@nestjs/common';
import { CachedResourceService } from '../cache/cached-resource.service.js';
import type { ChainParams, GonkaNodeClient } from '../upstream/index.js';
import { GONKA_CLIENT } from './upstream-clients.js';

export const PARAMS_KEY = 'gonka:params:inference';
/** Parameters change only by governance: read them hourly, not every refresh. */
export const PARAMS_TTL_MS = 3_600_000;

/**
 * Documented fallbacks (GONKA.md "Loss paths", mainnet late 2026), used only when the params route
 * cannot be had or a node version lacks the field — and then named as such (`source: FALLBACK`).
 */
export const FALLBACK_PARAMS: ChainParams = {
  epochLength: 15_391,
  binomTestP0: 0.1,
  downtimeSlashMissedRate: 0.05,
  downtimeSlashFraction: 0.1,
  initialEpochRewardNgonka: '323000000000000',
  rewardDecayRate: -0.000475,
  rewardGenesisEpoch: 1,
};

export interface EffectiveParams {
  params: ChainParams;
  /** CHAIN: every field the guard reads came from the chain; FALLBACK: some (or all) are the documented defaults. */
  source: 'CHAIN' | 'FALLBACK';
  stale: boolean;
}

/** The inference module's parameters from the chain's params route, cached for an hour across replicas. */
@Injectable()
export class ChainParamsService {
  private readonly log = new Logger(ChainParamsService.name);

  constructor(
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async current(): Promise<EffectiveParams> {
    const gonka = this.gonka;
    if (!gonka) return { params: FALLBACK_PARAMS, source: 'FALLBACK', stale: false };
    try {
      const cached = await this.resources.get(PARAMS_KEY, () => gonka.params(), PARAMS_TTL_MS);
      return { ...withFallbacks(cached.value), stale: cached.stale };
    } catch (e) {
      this.log.warn(`chain params unavailable, using documented fallbacks: ${(e as Error).message}`);
      return { params: FALLBACK_PARAMS, source: 'FALLBACK', stale: true };
    }
  }
}

function withFallbacks(p: ChainParams): Omit<EffectiveParams, 'stale'> {
  const merged = { ...p };
  let source: EffectiveParams['source'] = 'CHAIN';
  for (const key of Object.keys(FALLBACK_PARAMS) as (keyof ChainParams)[]) {
    if (merged[key] === null) {
      (merged as Record<string, unknown>)[key] = FALLBACK_PARAMS[key];
      source = 'FALLBACK';
    }
  }
  return { params: merged, source };
}
