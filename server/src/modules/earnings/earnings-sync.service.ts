import { Inject, Injectable } from '@nestjs/common';
import type { EpochPerformanceSummary, GonkaNodeClient } from '../../upstream/index.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import type { NetworkView } from '../../network/network-view.types.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { SettlementTimesService } from './settlement-times.service.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { EarningsRepository } from './earnings.repository.js';
import { epochsToFetch, rewardsByHost, rewardsOfTracked, syncWindow, type HostReward } from './settlement.rules.js';

export { ngonkaToGnk } from './settlement.rules.js';

/** How many settled epochs a newly tracked node gets back-filled with. */
export const EARNINGS_BACKFILL_EPOCHS = 14;
/**
 * Bulk summaries fetched per refresh at most: public nodes allow ~20 chain-api calls a minute, so a
 * back-fill is spread over several refreshes, newest epochs first.
 */
export const SUMMARY_FETCHES_PER_RUN = 3;

/**
 * The chain lists an epoch's performance summaries only once it has settled them (at the end of the
 * next epoch's PoC validation, some minutes after the epoch index moves on); until then the list is
 * empty. Absent is not zero: nothing is stored, and the next refresh asks again.
 */
export class EpochNotSettledYet extends Error {}

/**
 * Writes settled epochs' rewards (`rewarded_coins`, never `earned_coins`) into earnings_history,
 * dated by the chain's time of the epoch's end (SettlementTimesService). A settled epoch is
 * immutable: its bulk summary is fetched once (cached without expiry). Only the last settled epoch
 * is read again, on every refresh while a tracked reward of it is unclaimed, because its `claimed`
 * flag flips during the claim window (the next epoch); the window closes at the next settlement.
 */
@Injectable()
export class EarningsSyncService {
  constructor(
    private readonly earnings: EarningsRepository,
    private readonly resources: CachedResourceService,
    private readonly times: SettlementTimesService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async sync(view: Pick<NetworkView, 'chainClock' | 'epochSeconds'>, tracked: TrackedNode[]): Promise<number> {
    if (!this.gonka || tracked.length === 0) return 0;
    const clock = view.chainClock;
    if (!clock || !view.epochSeconds) throw new Error('epoch clock unavailable: settlement times unknown');
    const window = syncWindow(clock.epochIndex, EARNINGS_BACKFILL_EPOCHS);
    if (!window) return 0;
    const { first, latestSettled } = window;
    const ids = tracked.map((t) => t.id);
    const [epochs, ends] = await Promise.all([this.earnings.epochStates(ids, first, latestSettled), this.times.load(clock, view.epochSeconds, first)]);
    let written = 0;
    for (const { epoch, claimWindow } of epochsToFetch(window, epochs, SUMMARY_FETCHES_PER_RUN)) {
      const settledAt = await ends.at(epoch);
      const summary = await this.summary(epoch, settledAt, claimWindow).catch((e: unknown) => {
        if (e instanceof EpochNotSettledYet) return null;
        throw e;
      });
      if (summary) written += await this.earnings.upsertRewards(epoch, settledAt, rewardsOfTracked(summary, tracked));
    }
    await this.times.redate(ends.undated, ends);
    return written;
  }

  private async summary(epoch: number, settledAt: Date, claimWindow: boolean): Promise<Record<string, HostReward>> {
    const fetch = async () => {
      const rows: EpochPerformanceSummary[] = await this.gonka!.epochPerformanceSummaryAll(epoch);
      if (rows.length === 0) throw new EpochNotSettledYet(`epoch ${epoch} is not settled on chain yet`);
      await this.earnings.recordSettledEpoch(epoch, rows.length, settledAt);
      return rewardsByHost(rows);
    };
    const key = `gonka:summary:${epoch}`;
    // In the claim window the flag is read from the chain every time: a cached copy lagged a refresh or two.
    const cached = claimWindow ? await this.resources.refresh(key, fetch) : await this.resources.get(key, fetch, Infinity);
    return cached.value;
  }
}
