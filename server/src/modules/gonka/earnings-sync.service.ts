import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EpochPerformanceSummary, GonkaNodeClient } from '../../upstream/index.js';
import { CachedResourceService } from './cached-resource.service.js';
import { GONKA_CLIENT } from './upstream-clients.js';

/** How many settled epochs a newly tracked node gets back-filled with. */
export const EARNINGS_BACKFILL_EPOCHS = 14;
/**
 * Bulk summaries fetched per refresh at most: public nodes allow ~20 chain-api calls a minute, so a
 * back-fill is spread over several refreshes, newest epochs first.
 */
export const SUMMARY_FETCHES_PER_RUN = 3;

export interface TrackedNode {
  id: string;
  identifier: string;
}

/** ngonka (integer string) → GNK with 9 decimals, exactly. */
export function ngonkaToGnk(ngonka: bigint): string {
  const neg = ngonka < 0n;
  const abs = neg ? -ngonka : ngonka;
  const whole = abs / 1_000_000_000n;
  const frac = (abs % 1_000_000_000n).toString().padStart(9, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/**
 * Writes settled epochs' rewards (`rewarded_coins`, never `earned_coins`) into earnings_history.
 * A settled epoch is immutable: its bulk summary is fetched once (cached without expiry); only the
 * latest settled epoch is re-read each TTL because its `claimed` flag flips during the next epoch.
 */
@Injectable()
export class EarningsSyncService {
  constructor(
    private readonly db: DataSource,
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async sync(currentEpoch: number, epochSeconds: number, tracked: TrackedNode[]): Promise<number> {
    if (!this.gonka || tracked.length === 0 || currentEpoch < 1) return 0;
    const latestSettled = currentEpoch - 1;
    const first = Math.max(0, currentEpoch - EARNINGS_BACKFILL_EPOCHS);
    const missing = await this.epochsMissingRows(tracked, first, latestSettled);
    let written = 0;
    let budget = SUMMARY_FETCHES_PER_RUN;
    for (let epoch = latestSettled; epoch >= first && budget > 0; epoch--) {
      if (epoch !== latestSettled && !missing.has(epoch)) continue;
      budget--;
      const summary = await this.summary(epoch, epoch === latestSettled);
      // Settlement time is not in the summary: the end of that epoch, counted back from now.
      const settledAt = new Date(Date.now() - (currentEpoch - epoch - 1) * epochSeconds * 1000);
      written += await this.upsert(epoch, settledAt, summary, tracked);
    }
    return written;
  }

  private async summary(epoch: number, claimWindow: boolean): Promise<Record<string, { reward: string; claimed: boolean }>> {
    const fetch = async () => {
      const rows: EpochPerformanceSummary[] = await this.gonka!.epochPerformanceSummaryAll(epoch);
      await this.db.query(
        `INSERT INTO settled_epochs (epoch, hosts) VALUES ($1, $2) ON CONFLICT (epoch) DO UPDATE SET fetched_at = now(), hosts = $2`,
        [epoch, rows.length],
      );
      return Object.fromEntries(rows.map((r) => [r.address, { reward: ngonkaToGnk(r.rewardedCoins), claimed: r.claimed }]));
    };
    const cached = await this.resources.get(`gonka:summary:${epoch}`, fetch, claimWindow ? undefined : Infinity);
    return cached.value;
  }

  private async epochsMissingRows(tracked: TrackedNode[], from: number, to: number): Promise<Set<number>> {
    const rows: { epoch: number }[] = await this.db.query(
      `SELECT e.epoch FROM generate_series($1::int, $2::int) AS e(epoch)
       WHERE (SELECT count(*) FROM earnings_history h WHERE h.epoch = e.epoch AND h.node_id = ANY($3::uuid[])) < $4`,
      [from, to, tracked.map((t) => t.id), tracked.length],
    );
    return new Set(rows.map((r) => r.epoch));
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
