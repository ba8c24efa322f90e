import { Injectable } from '@nestjs/common';
import { NotFound } from '../../common/domain-error.js';
import { Db } from '../../database/db.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { NodeRent } from './dto/node-rent.model.js';
import type { SetNodeRentInput } from './dto/set-node-rent.input.js';
import type { RentEntry } from './rent-accrual.rules.js';
import { checkRentAmount, checkRentValidFrom } from './rent-amount.js';
import { toRentEntry, visibleRentHistory } from './rent-history.js';
import { type RentCurrencyCode, RentsRepository } from './rents.repository.js';

/** Rent history of nodes: admins record it (one node or many at once); profit and statements read it. */
@Injectable()
export class RentsService {
  constructor(
    private readonly db: Db,
    private readonly rents: RentsRepository,
    private readonly nodes: NodeLookupsRepository,
  ) {}

  /** The same rent for every node of the input, all or nothing; returns the entries written. */
  async set(admin: AuthUser, input: SetNodeRentInput): Promise<NodeRent[]> {
    const amount = checkRentAmount(input.amount, input.period, 'input.amount');
    const validFrom = checkRentValidFrom(input.validFrom, 'input.validFrom');
    const nodeIds = [...new Set(input.nodeIds)];
    const rows = await this.db.transaction(async (tx) => {
      const known = await this.nodes.knownIds(nodeIds, tx);
      if (known.size < nodeIds.length) throw new NotFound('Node');
      return this.rents.setForNodes(nodeIds, { amount, currency: input.currency as RentCurrencyCode, period: input.period, validFrom }, admin.id, tx);
    });
    // Each written entry as part of its node's whole history (validUntil is the next entry's date).
    const all = await this.rents.forNodes(nodeIds);
    const written = new Set(rows.map((r) => r.id));
    return nodeIds.flatMap((id) =>
      visibleRentHistory(
        all.filter((r) => r.node_id === id),
        null,
      ).filter((r) => written.has(r.id)),
    );
  }

  /** Removes one entry (a correction); NOT_FOUND when there is none. */
  async remove(id: string): Promise<string> {
    // Ids are bigserial: anything else is no entry (never a SQL error).
    const nodeId = /^\d{1,18}$/.test(id) ? await this.rents.remove(id) : undefined;
    if (!nodeId) throw new NotFound('Rent');
    return id;
  }

  /** Every node's entries, oldest first (nodes without any are absent). */
  async entriesFor(nodeIds: readonly string[]): Promise<Map<string, RentEntry[]>> {
    const byNode = new Map<string, RentEntry[]>();
    for (const row of await this.rents.forNodes(nodeIds)) {
      const list = byNode.get(row.node_id) ?? [];
      list.push(toRentEntry(row));
      byNode.set(row.node_id, list);
    }
    return byNode;
  }
}
