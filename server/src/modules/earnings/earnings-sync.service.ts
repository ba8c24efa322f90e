import { Inject, Injectable } from '@nestjs/common';
import type { EpochPerformanceSummary, GonkaNodeClient } from '../../upstream/index.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import type { NetworkView } from '../../network/network-view.types.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { SettlementTimesService } from './settlement-times.service.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { EarningsRepository } from './earnings.repository.js';
import { ChainParamsService } from '../../network/chain-params.service.js';
import { epochsToFetch, epochSummary, rewardsOfTracked, syncWindow, type EpochSummary } from './settlement.rules.js';

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
 * dated by the chain's time of the epoch's end (SettlementTimesService), with the counts, exclusion
 * and verdict that explain each (epoch guard). A settled epoch is immutable: its bulk summary and
 * exclusion list are fetched once (cached without expiry). The last settled epoch is read again on
 * every refresh while a tracked reward of it is unclaimed, because its `claimed` flag flips during
 * the claim window (the next epoch); once the window has closed it is read one last time, and its
 * flags are final (an unclaimed reward > 0 is then EXPIRED for good).
 */
@Injectable()
export class EarningsSyncService {
  constructor(
    private readonly earnings: EarningsRepository,
    private readonly resources: CachedResourceService,
    private readonly times: SettlementTimesService,
    private readonly params: ChainParamsService,
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
    for (const { epoch, claimWindow, fresh } of epochsToFetch(window, epochs, SUMMARY_FETCHES_PER_RUN)) {
      const settledAt = await ends.at(epoch);
      const summary = await this.summary(epoch, settledAt, fresh).catch((e: unknown) => {
        if (e instanceof EpochNotSettledYet) return null;
        throw e;
      });
      if (!summary) continue;
      written += await this.earnings.upsertRewards(epoch, settledAt, rewardsOfTracked(summary, tracked));
      // Read after its window closed (epoch < current − 1): the claim flags just stored are final.
      if (!claimWindow) await this.earnings.markClaimsFinal(epoch);
    }
    await this.times.redate(ends.undated, ends);
    return written;
  }

  private async summary(epoch: number, settledAt: Date, fresh: boolean): Promise<EpochSummary> {
    const gonka = this.gonka!;
    const fetch = async () => {
      const rows: EpochPerformanceSummary[] = await gonka.epochPerformanceSummaryAll(epoch);
      if (rows.length === 0) throw new EpochNotSettledYet(`epoch ${epoch} is not settled on chain yet`);
      // The exclusion list of a settled epoch is final: read once, ever (never per node), even while the summary is re-read for claims.
      const exclusions = () => this.resources.get(`gonka:exclusions:${epoch}`, () => gonka.excludedParticipants(epoch), Infinity);
      const [{ value: excluded }, { params }] = await Promise.all([exclusions(), this.params.current()]);
      const summary = epochSummary(rows, Object.fromEntries(excluded.map((e) => [e.address, e.reason])), params.binomTestP0 ?? 0.1);
      await this.earnings.recordSettledEpoch(epoch, rows.length, settledAt, summary.threshold);
      return summary;
    };
    // v2: with counts, exclusions and the threshold (v1 entries held only amounts and flags).
    const key = `gonka:summary:v2:${epoch}`;
    // Claim flags are read from the chain every time: a cached copy lagged a refresh or two.
    const cached = fresh ? await this.resources.refresh(key, fetch) : await this.resources.get(key, fetch, Infinity);
    return cached.value;
  }
}
