import { type Fiat, parseDecimal } from '../../common/money.js';
import type { NodeRent, RentPeriod } from './dto/node-rent.model.js';
import type { RentEntry } from './rent-accrual.rules.js';
import type { RentRow } from './rents.repository.js';

export function toRentEntry(row: RentRow): RentEntry {
  return { amount: row.amount, currency: row.currency as Fiat, period: row.period, validFrom: row.valid_from };
}

/**
 * A node's rent history as the viewer may see it, newest first. `visibleFrom` (a customer who
 * received the node from another): only what is in effect from then on; the entry in effect at that
 * moment is shown from that day, so the previous customer's dates do not show.
 */
export function visibleRentHistory(rows: readonly RentRow[], visibleFrom: Date | null | undefined): NodeRent[] {
  const sorted = [...rows].sort((a, b) => a.valid_from.localeCompare(b.valid_from));
  const since = visibleFrom ? visibleFrom.toISOString().slice(0, 10) : null;
  const out: NodeRent[] = [];
  sorted.forEach((row, i) => {
    const validUntil = sorted[i + 1]?.valid_from ?? null;
    if (since && validUntil !== null && validUntil <= since) return;
    out.push({
      id: row.id,
      nodeId: row.node_id,
      // numeric(14,4) reads back as "1.8500": shown as entered.
      amount: parseDecimal(row.amount).toFixed(),
      currency: row.currency,
      period: row.period as RentPeriod,
      validFrom: since && row.valid_from < since ? since : row.valid_from,
      validUntil,
      recordedAt: row.created_at,
    });
  });
  return out.reverse();
}
