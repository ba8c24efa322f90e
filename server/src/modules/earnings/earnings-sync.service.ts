import { Inject, Injectable } from '@nestjs/common';
import type { GonkaNodeClient } from '../../upstream/index.js';
import type { EpochSummaryRead } from '../../network/view-worker/epoch-summary.fetch.js';
import { runViewTask } from '../../network/view-worker/view-worker.runner.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import { CacheService } from '../../cache/cache.service.js';
import type { NetworkView } from '../../network/network-view.types.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { SettlementTimesService } from './settlement-times.service.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { EarningsRepository } from './earnings.repository.js';
import { ChainParamsService } from '../../network/chain-params.service.js';
import { epochsToFetch, rewardsOfTracked, syncWindow, type EpochSummary } from './settlement.rules.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';

export { ngonkaToGnk } from './settlement.rules.js';

/** How many settled epochs a newly tracked node gets back-filled with. */
export const EARNINGS_BACKFILL_EPOCHS = 14;
/**
 * Bulk summaries fetched per refresh at most: public nodes allow ~20 chain-api calls a minute, so a
 * back-fill is spread over several refreshes, newest epochs first.
 */
export const SUMMARY_FETCHES_PER_RUN = 3;
/** Epochs whose summary is read at the same time (at most SUMMARY_FETCHES_PER_RUN a refresh on public nodes). */
const PARALLEL_READS = 4;
/** An upstream without rate limits is back-filled over its history, but no deeper than this (a long-running demo). */
const UNLIMITED_BACKFILL_MAX_EPOCHS = 64;

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
    @Inject(UPSTREAM_ENDPOINTS) private readonly upstreams: UpstreamEndpoints,
    private readonly cache: CacheService,
  ) {}

  /** A sync and a forget never overlap: a sync reads what is stored (dates, epochs) and writes later. */
  private exclusive: Promise<unknown> = Promise.resolve();

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.exclusive.catch(() => undefined).then(work);
    this.exclusive = next;
    return next;
  }

  sync(view: Pick<NetworkView, 'chainClock'>, tracked: TrackedNode[]): Promise<number> {
    return this.serialized(() => this.syncNow(view, tracked));
  }

  private async syncNow(view: Pick<NetworkView, 'chainClock'>, tracked: TrackedNode[]): Promise<number> {
    if (!this.gonka || tracked.length === 0) return 0;
    const clock = view.chainClock;
    if (!clock) throw new Error('epoch clock unavailable: settlement times unknown');
    const { depth, budget } = this.backfillPolicy(clock.epochIndex);
    const window = syncWindow(clock.epochIndex, depth);
    if (!window) return 0;
    const { first, latestSettled } = window;
    const ids = tracked.map((t) => t.id);
    const [epochs, ends] = await Promise.all([this.earnings.epochStates(ids, first, latestSettled), this.times.load(clock, first)]);
    let written = 0;
    const fetches = epochsToFetch(window, epochs, budget);
    // A few epochs are read at once (a month's back-fill is then quick); they are written one by one.
    for (let i = 0; i < fetches.length; i += PARALLEL_READS) {
      const batch = fetches.slice(i, i + PARALLEL_READS);
      const read = await Promise.all(
        batch.map(async ({ epoch, fresh }) => {
          const settledAt = await ends.at(epoch);
          const summary = await this.summary(epoch, settledAt, fresh).catch((e: unknown) => {
            if (e instanceof EpochNotSettledYet) return null;
            throw e;
          });
          return { settledAt, summary };
        }),
      );
      for (const [k, { epoch, claimWindow }] of batch.entries()) {
        const { settledAt, summary } = read[k];
        if (!summary) continue;
        written += await this.earnings.upsertRewards(epoch, settledAt, rewardsOfTracked(summary, tracked));
        // Read after its window closed (epoch < current − 1): the claim flags just stored are final.
        if (!claimWindow) await this.earnings.markClaimsFinal(epoch);
      }
    }
    await this.times.redate(ends.undated, ends);
    return written;
  }

  /**
   * Demo mode only: the simulator keeps nothing across restarts and dates its month from each start,
   * so rewards stored by an earlier run sit on another timeline (yesterday's month, live epochs that
   * are this run's history). They are dropped with their cached summaries, exclusion lists and end
   * blocks (`endHeightOf`: the height that ended an epoch), and the next refresh back-fills anew.
   */
  forgetSettledHistory(endHeightOf: (epoch: number) => number): Promise<number> {
    // A sync under way would write rows dated on the timeline it read before the forget.
    return this.serialized(async () => {
      const epochs = await this.earnings.forgetSettledHistory();
      for (const e of epochs)
        await Promise.all(
          [`gonka:summary:v2:${e}`, `gonka:rewards:v1:${e}`, `gonka:exclusions:${e}`, `gonka:block:${endHeightOf(e)}`].map((k) => this.cache.delete(k)),
        );
      return epochs.length;
    });
  }

  /**
   * Public nodes: the last EARNINGS_BACKFILL_EPOCHS, SUMMARY_FETCHES_PER_RUN a refresh (their rate
   * limits). The demo's simulator without rate limits: all the settled history it serves (a month),
   * in one refresh — still one bulk summary and one exclusion list per epoch, ever.
   */
  private backfillPolicy(currentEpoch: number): { depth: number; budget: number } {
    const sim = this.upstreams.simulator;
    if (!sim || sim.rateLimited) return { depth: EARNINGS_BACKFILL_EPOCHS, budget: SUMMARY_FETCHES_PER_RUN };
    const depth = Math.max(EARNINGS_BACKFILL_EPOCHS, Math.min(currentEpoch - sim.earliestEpoch, UNLIMITED_BACKFILL_MAX_EPOCHS));
    return { depth, budget: depth };
  }

  /**
   * Every host's settled reward of `epoch` (address → GNK), for network-wide figures (expected
   * earnings): the summary the sync cached when it read the epoch, else the chain's bulk summary read
   * once into an entry of its own (the sync's entry stays the sync's, which records the epoch when it
   * reads it). `readAt` tells one reading from another (a demo restart forgets them, see below).
   * null: not settled on chain yet, or no Gonka API configured.
   */
  async hostRewards(epoch: number): Promise<{ rewards: Record<string, string>; readAt: number } | null> {
    const synced = await this.cache.get<EpochSummary>(`gonka:summary:v2:${epoch}`);
    if (synced) return { rewards: Object.fromEntries(Object.entries(synced.value.hosts).map(([address, h]) => [address, h.reward])), readAt: synced.storedAt };
    const gonka = this.gonka;
    if (!gonka) return null;
    const read = await this.resources
      .get(
        `gonka:rewards:v1:${epoch}`,
        async () => {
          // In a worker thread: the 10,000-host list is parsed there, only the rewards come back.
          const rewards = await runViewTask<Record<string, string> | null>({ kind: 'rewards', epoch }, gonka, null);
          if (!rewards) throw new EpochNotSettledYet(`epoch ${epoch} is not settled on chain yet`);
          return rewards;
        },
        Infinity,
      )
      .catch((e: unknown) => {
        if (e instanceof EpochNotSettledYet) return null;
        throw e;
      });
    return read ? { rewards: read.value, readAt: read.fetchedAt.getTime() } : null;
  }

  private async summary(epoch: number, settledAt: Date, fresh: boolean): Promise<EpochSummary> {
    const gonka = this.gonka!;
    const fetch = async () => {
      // The exclusion list of a settled epoch is final: read once, ever (never per node), even while the summary is re-read for claims.
      const exclusions = () => this.resources.get(`gonka:exclusions:${epoch}`, () => gonka.excludedParticipants(epoch), Infinity);
      const [{ value: excluded }, { params }] = await Promise.all([exclusions(), this.params.current()]);
      // The bulk list (every host) is read and reduced in a worker thread (view-worker/): only the summary reaches this heap.
      const task = {
        kind: 'summary',
        epoch,
        exclusions: Object.fromEntries(excluded.map((e) => [e.address, e.reason])),
        governanceP0: params.binomTestP0 ?? 0.1,
      } as const;
      const { hosts, summary } = await runViewTask<EpochSummaryRead>(task, gonka, null);
      if (!summary) throw new EpochNotSettledYet(`epoch ${epoch} is not settled on chain yet`);
      await this.earnings.recordSettledEpoch(epoch, hosts, settledAt, summary.threshold);
      return summary;
    };
    // v2: with counts, exclusions and the threshold (v1 entries held only amounts and flags).
    const key = `gonka:summary:v2:${epoch}`;
    // Claim flags are read from the chain every time: a cached copy lagged a refresh or two.
    const cached = fresh ? await this.resources.refresh(key, fetch) : await this.resources.get(key, fetch, Infinity);
    return cached.value;
  }
}
