/**
 * Owns node_rents (what each node costs its customer, as a history of rents each in effect from a
 * UTC date). Raw SQL through `Db`/`Sql` (database/db.ts), like the nodes and earnings repositories.
 * Reads of another domain's table (nodes): `knownNodes` checks ids before a write, `nodeIdsByIdentifier`
 * finds the demo's nodes by address.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';

export type RentPeriodCode = 'HOUR' | 'MONTH';
export type RentCurrencyCode = 'USD' | 'EUR';

/** One rent as stored; `valid_from` as 'YYYY-MM-DD' (UTC), `amount` exact decimal text. */
export interface RentRow {
  id: string;
  node_id: string;
  amount: string;
  currency: RentCurrencyCode;
  period: RentPeriodCode;
  valid_from: string;
  created_at: Date;
}

export interface NewRent {
  amount: string;
  currency: RentCurrencyCode;
  period: RentPeriodCode;
  validFrom: string;
}

const COLUMNS = `id::text, node_id, amount::text, currency, period, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, created_at`;

@Injectable()
export class RentsRepository {
  constructor(private readonly db: Db) {}

  /** The same rent for each of the nodes, in one statement; an entry of the same node and date is corrected in place. */
  setForNodes(nodeIds: readonly string[], rent: NewRent, createdBy: string, tx: Sql = this.db): Promise<RentRow[]> {
    return tx.rows<RentRow>(
      `INSERT INTO node_rents (node_id, amount, currency, period, valid_from, created_by)
       SELECT node_id, $2::numeric, $3, $4, $5::date, $6 FROM unnest($1::uuid[]) AS u(node_id)
       ON CONFLICT (node_id, valid_from) DO UPDATE SET
         amount = EXCLUDED.amount, currency = EXCLUDED.currency, period = EXCLUDED.period, created_at = now(), created_by = EXCLUDED.created_by
       RETURNING ${COLUMNS}`,
      [nodeIds, rent.amount, rent.currency, rent.period, rent.validFrom, createdBy],
    );
  }

  /** Every rent of the given nodes, oldest first per node (the accrual rules walk them in order). */
  forNodes(nodeIds: readonly string[]): Promise<RentRow[]> {
    return this.db.rows<RentRow>(`SELECT ${COLUMNS} FROM node_rents WHERE node_id = ANY($1::uuid[]) ORDER BY node_id, valid_from`, [nodeIds]);
  }

  /** Removes one entry (a correction); returns its node, or undefined when there was none. */
  async remove(id: string, tx: Sql = this.db): Promise<string | undefined> {
    const [row] = await tx.rows<{ node_id: string }>(`DELETE FROM node_rents WHERE id = $1 RETURNING node_id`, [id]);
    return row?.node_id;
  }
}
