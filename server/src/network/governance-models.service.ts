import { Inject, Injectable, Logger } from '@nestjs/common';
import { CachedResourceService } from '../cache/cached-resource.service.js';
import type { GonkaNodeClient } from '../upstream/index.js';
import { GONKA_CLIENT } from './upstream-clients.js';

export const GOVERNANCE_MODELS_KEY = 'gonka:models:governance';
/** The list changes only by a governance vote: read it hourly, not every refresh. */
export const GOVERNANCE_MODELS_TTL_MS = 3_600_000;

export interface GovernanceModels {
  /** Ids of the models governance has approved; null when the chain's list cannot be had (no fallback: a guessed list would claim misses). */
  modelIds: string[] | null;
  stale: boolean;
}

/** The chain's governance models (`models_all`), cached for an hour across replicas; a failure reads as "no data", never as an error. */
@Injectable()
export class GovernanceModelsService {
  private readonly log = new Logger(GovernanceModelsService.name);

  constructor(
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async current(): Promise<GovernanceModels> {
    const gonka = this.gonka;
    if (!gonka) return { modelIds: null, stale: false };
    try {
      const cached = await this.resources.get(GOVERNANCE_MODELS_KEY, async () => (await gonka.modelsAll()).map((m) => m.id), GOVERNANCE_MODELS_TTL_MS);
      return { modelIds: cached.value, stale: cached.stale };
    } catch (e) {
      this.log.warn(`governance models unavailable: ${(e as Error).message}`);
      return { modelIds: null, stale: true };
    }
  }
}
