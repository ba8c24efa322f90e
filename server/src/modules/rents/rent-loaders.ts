import { PeekableLoader } from '../../common/peekable-loader.js';
import type { RentRow, RentsRepository } from './rents.repository.js';

/** Per-request loader of every node's rent entries (oldest first), keyed by node id: one query per batch. */
export function createRentLoaders(rents: RentsRepository) {
  return {
    nodeRents: new PeekableLoader<string, RentRow[]>(async (ids) => {
      const byNode = new Map<string, RentRow[]>(ids.map((id) => [id, []]));
      for (const row of await rents.forNodes(ids)) byNode.get(row.node_id)?.push(row);
      return ids.map((id) => byNode.get(id) ?? []);
    }),
  };
}

export type RentLoaders = ReturnType<typeof createRentLoaders>;
