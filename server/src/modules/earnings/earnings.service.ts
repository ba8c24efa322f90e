import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInput } from '../../common/domain-error.js';
import { EarningsGranularity, type DateRangeInput, type EarningsPoint } from './dto/earnings.model.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export interface ResolvedRange {
  from: Date;
  to: Date;
}

/** Defaults and bounds for a range argument; a bad one is BAD_USER_INPUT naming it. */
export function resolveRange(range: DateRangeInput | undefined, field = 'range'): ResolvedRange {
  const to = range?.to ?? new Date();
  const from = range?.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from > to) throw new BadUserInput(`${field}.from`, `${field}.from must be before ${field}.to`);
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw new BadUserInput(field, `${field} may span at most ${MAX_DAYS} days`);
  return { from, to };
}

/**
 * Earnings rows of the nodes user $1 owns or owned, each within its ownership period: the open one
 * (user_nodes) and the closed ones (node_ownership_history). A NULL visible_from (a node's first
 * owner) includes the epochs back-filled from before the assignment.
 */
const OWNED_EARNINGS = `earnings_history h JOIN (
    SELECT node_id, visible_from, NULL::timestamptz AS until FROM user_nodes WHERE user_id = $1
    UNION ALL
    SELECT node_id, visible_from, unassigned_at FROM node_ownership_history WHERE user_id = $1
  ) p ON p.node_id = h.node_id AND (p.visible_from IS NULL OR h.settled_at >= p.visible_from) AND (p.until IS NULL OR h.settled_at < p.until)`;

/** Earnings series from our own tables (written by the refresher). */
@Injectable()
export class EarningsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Settled rewards of the given nodes per epoch, day or week. */
  series(nodeIds: string[], range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    if (nodeIds.length === 0) return Promise.resolve([]);
    return this.seriesOf('earnings_history WHERE node_id = ANY($1::uuid[]) AND', nodeIds, range, granularity);
  }

  /**
   * A customer's income per epoch, day or week: every node they owned, over the period they owned
   * it — a node passed on to someone else keeps its past in its previous owner's history.
   */
  ownerSeries(userId: string, range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    return this.seriesOf(`${OWNED_EARNINGS} WHERE`, userId, range, granularity);
  }

  private async seriesOf(source: string, scope: unknown, range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    const bucket =
      granularity === EarningsGranularity.EPOCH ? 'min(settled_at)' : granularity === EarningsGranularity.WEEK ? `date_trunc('week', date)` : `date::timestamp`;
    const group = granularity === EarningsGranularity.EPOCH ? 'epoch' : bucket;
    const rows: { period: Date; epoch: number | null; amount: string; claimed: boolean }[] = await this.db.query(
      `SELECT ${bucket} AT TIME ZONE 'UTC' AS period, ${granularity === EarningsGranularity.EPOCH ? 'epoch' : 'NULL::int AS epoch'},
              sum(earnings_gnk)::text AS amount, bool_and(claimed) AS claimed
       FROM ${source} settled_at BETWEEN $2 AND $3
       GROUP BY ${group} ORDER BY 1`,
      [scope, range.from, range.to],
    );
    return rows.map((r) => ({ periodStart: new Date(r.period), epoch: r.epoch, amount: r.amount, claimed: r.claimed }));
  }

  /** A customer's settled income in [from, to), exact, over their ownership periods (see ownerSeries). */
  async ownerTotal(userId: string, from: Date, to: Date): Promise<string> {
    const [row] = await this.db.query(
      `SELECT COALESCE(sum(earnings_gnk), 0)::text AS total FROM ${OWNED_EARNINGS} WHERE settled_at >= $2 AND settled_at < $3`,
      [userId, from, to],
    );
    return row.total;
  }
}
