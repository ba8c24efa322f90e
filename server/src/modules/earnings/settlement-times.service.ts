import { Inject, Injectable } from '@nestjs/common';
import type { GonkaNodeClient } from '../../upstream/index.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import type { ChainEpochClock } from '../../network/network-view.types.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { EarningsRepository } from './earnings.repository.js';
import { epochEndHeight } from './settlement.rules.js';

/** When settled epochs ended, on the chain's clock, for one earnings sync. */
export interface EpochEnds {
  /** Time of the block that ended `epoch` (the next epoch's first block). */
  at(epoch: number): Promise<Date>;
  /** Epochs stored before their end was known: their rows are re-dated with `redate`. */
  undated: number[];
}

/**
 * An epoch's reward is dated by the chain's time of the epoch's end: the block at the next epoch's
 * poc_start (the chain writes the summary a few minutes later, at the end of PoC validation). That
 * block's height is counted back from the current epoch's start in whole epochs of blocks, and its
 * time is read from the chain (`/chain-rpc/block`, not rate-limited like /v1 and /chain-api), once
 * per epoch ever: kept in settled_epochs.settled_at (and the cache) and never changed after. Epochs
 * do not all last the same: block times drift, and the simulator's history runs at the real ~23 h
 * while its live epochs are accelerated, so counting back in "epochs of the current length" would
 * misdate every epoch but the last.
 */
@Injectable()
export class SettlementTimesService {
  constructor(
    private readonly earnings: EarningsRepository,
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  /** Ends of the epochs from `from` to the last settled one, and of any stored epoch not dated yet. */
  async load(clock: ChainEpochClock, from: number): Promise<EpochEnds> {
    const rows = await this.earnings.settledEpochs(from, clock.epochIndex - 1);
    const known = new Map(rows.filter((r) => r.settled_at).map((r) => [r.epoch, r.settled_at!]));
    return {
      undated: rows.filter((r) => !r.settled_at).map((r) => r.epoch),
      at: async (epoch) => known.get(epoch) ?? new Date(await this.blockTimeMs(epochEndHeight(epoch, clock))),
    };
  }

  /** Dates the given epochs (only those not dated yet) and every stored reward of them. */
  async redate(epochs: number[], ends: EpochEnds): Promise<void> {
    if (epochs.length === 0) return;
    const times = await Promise.all(epochs.map((e) => ends.at(e)));
    await this.earnings.redate(epochs, times);
  }

  private async blockTimeMs(height: number): Promise<number> {
    const cached = await this.resources.get(`gonka:block:${height}`, async () => (await this.gonka!.block(height)).time.getTime(), Infinity);
    return cached.value;
  }
}
