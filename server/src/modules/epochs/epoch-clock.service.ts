import { Injectable } from '@nestjs/common';
import { NetworkViewService } from '../../network/network-view.service.js';
import { EpochOutcomesRepository } from '../earnings/epoch-outcomes.repository.js';

export interface EpochClockReading {
  /** The chain's current epoch; null when neither the network nor our store can tell. */
  current: number | null;
  /** When the current epoch ends (the next settlement, when the claim window of current − 1 closes); null without the chain's clock. */
  windowCloses: Date | null;
}

/**
 * Where the chain's epoch clock stands, from the shared network view (no extra upstream call); while
 * the network cannot be reached, the current epoch is at least the one after the last stored
 * settlement, and no deadline is claimed.
 */
@Injectable()
export class EpochClockService {
  constructor(
    private readonly view: NetworkViewService,
    private readonly outcomes: EpochOutcomesRepository,
  ) {}

  async read(): Promise<EpochClockReading> {
    try {
      const { value, fetchedAt } = await this.view.status();
      const clock = value.chainClock;
      if (clock && value.epochSeconds) {
        const remainingBlocks = Math.max(0, clock.epochStartHeight + clock.epochLength - clock.blockHeight);
        const secondsPerBlock = value.epochSeconds / clock.epochLength;
        return { current: clock.epochIndex, windowCloses: new Date(fetchedAt.getTime() + remainingBlocks * secondsPerBlock * 1000) };
      }
      if (value.epochId > 0) return { current: value.epochId, windowCloses: null };
    } catch {
      // fall back to what is stored
    }
    const latest = await this.outcomes.latestSettledEpoch();
    return { current: latest === null ? null : latest + 1, windowCloses: null };
  }
}
