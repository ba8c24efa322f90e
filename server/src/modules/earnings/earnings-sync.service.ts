import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EpochPerformanceSummary, GonkaNodeClient } from '../../upstream/index.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import type { NetworkView } from '../../network/network-view.types.js';
import type { TrackedNode } from '../nodes/nodes.repository.js';
import { SettlementTimesService } from './settlement-times.service.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';

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

/** ngonka (integer string) → GNK with 9 decimals, exactly. */
export function ngonkaToGnk(ngonka: bigint): string {
  const neg = ngonka < 0n;
  const abs = neg ? -ngonka : ngonka;
  const whole = abs / 1_000_000_000n;
  const frac = (abs % 1_000_000_000n).toString().padStart(9, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

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
    private readonly db: DataSource,
    private readonly resources: CachedResourceService,
    private readonly times: SettlementTimesService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async sync(view: Pick<NetworkView, 'chainClock' | 'epochSeconds'>, tracked: TrackedNode[]): Promise<number> {
    if (!this.gonka || tracked.length === 0) return 0;
    const clock = view.chainClock;
    if (!clock || !view.epochSeconds) throw new Error('epoch clock unavailable: settlement times unknown');
    const currentEpoch = clock.epochIndex;
    if (currentEpoch < 1) return 0;
    const latestSettled = currentEpoch - 1;
    const first = Math.max(0, currentEpoch - EARNINGS_BACKFILL_EPOCHS);
    const [epochs, ends] = await Promise.all([this.epochStates(tracked, first, latestSettled), this.times.load(clock, view.epochSeconds, first)]);
    let written = 0;
    let budget = SUMMARY_FETCHES_PER_RUN;
    for (let epoch = latestSettled; epoch >= first && budget > 0; epoch--) {
      const state = epochs.get(epoch);
      const claimWindow = epoch === latestSettled;
      if (!state?.missing && !(claimWindow && state?.unclaimed)) continue;
      budget--;
      const settledAt = await ends.at(epoch);
      const summary = await this.summary(epoch, settledAt, claimWindow).catch((e: unknown) => {
        if (e instanceof EpochNotSettledYet) return null;
        throw e;
      });
      if (summary) written += await this.upsert(epoch, settledAt, summary, tracked);
    }
    await this.times.redate(ends.undated, ends);
    return written;
  }

  private async summary(epoch: number, settledAt: Date, claimWindow: boolean): Promise<Record<string, { reward: string; claimed: boolean }>> {
    const fetch = async () => {
      const rows: EpochPerformanceSummary[] = await this.gonka!.epochPerformanceSummaryAll(epoch);
      if (rows.length === 0) throw new EpochNotSettledYet(`epoch ${epoch} is not settled on chain yet`);
      await this.db.query(
        `INSERT INTO settled_epochs (epoch, hosts, settled_at) VALUES ($1, $2, $3)
         ON CONFLICT (epoch) DO UPDATE SET fetched_at = now(), hosts = $2, settled_at = COALESCE(settled_epochs.settled_at, $3)`,
        [epoch, rows.length, settledAt],
      );
      return Object.fromEntries(rows.map((r) => [r.address, { reward: ngonkaToGnk(r.rewardedCoins), claimed: r.claimed }]));
    };
    const key = `gonka:summary:${epoch}`;
    // In the claim window the flag is read from the chain every time: a cached copy lagged a refresh or two.
    const cached = claimWindow ? await this.resources.refresh(key, fetch) : await this.resources.get(key, fetch, Infinity);
    return cached.value;
  }

  /** Per epoch: whether a tracked node lacks its row, and whether a tracked reward is not claimed. */
  private async epochStates(tracked: TrackedNode[], from: number, to: number): Promise<Map<number, { missing: boolean; unclaimed: boolean }>> {
    const rows: { epoch: number; stored: number; unclaimed: boolean }[] = await this.db.query(
      `SELECT e.epoch, count(h.node_id)::int AS stored, COALESCE(bool_or(h.earnings_gnk > 0 AND NOT h.claimed), false) AS unclaimed
       FROM generate_series($1::int, $2::int) AS e(epoch)
       LEFT JOIN earnings_history h ON h.epoch = e.epoch AND h.node_id = ANY($3::uuid[])
       GROUP BY e.epoch`,
      [from, to, tracked.map((t) => t.id)],
    );
    return new Map(rows.map((r) => [r.epoch, { missing: r.stored < tracked.length, unclaimed: r.unclaimed }]));
  }

  /** One row per tracked node and epoch: its reward, or 0 when it was not among the epoch's hosts. */
  private async upsert(epoch: number, settledAt: Date, summary: Record<string, { reward: string; claimed: boolean }>, tracked: TrackedNode[]) {
    const ids = tracked.map((t) => t.id);
    const rewards = tracked.map((t) => summary[t.identifier]?.reward ?? '0');
    const claimed = tracked.map((t) => summary[t.identifier]?.claimed ?? false);
    const res: unknown[] = await this.db.query(
      `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
       SELECT u.node_id, $1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $2, u.reward, u.claimed, 'gonka_api'
       FROM unnest($3::uuid[], $4::numeric[], $5::boolean[]) AS u(node_id, reward, claimed)
       ON CONFLICT (node_id, epoch) DO UPDATE SET claimed = EXCLUDED.claimed
       WHERE earnings_history.claimed IS DISTINCT FROM EXCLUDED.claimed
       RETURNING 1`,
      [epoch, settledAt, ids, rewards, claimed],
    );
    return res.length;
  }
}
