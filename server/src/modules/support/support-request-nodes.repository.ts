/**
 * Owns `support_request_nodes`: which nodes a new-node request produced. Raw SQL through `Db`, and
 * the links join the request update's transaction (`tx`). `expectationsOf` also reads the linked
 * requests' expectation columns (support_requests is this domain's table too).
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { ExpectationBasis } from '../expected-earnings/expected-earnings.types.js';

/** The expectation a node is held to: that of the newest linked request that showed one. */
export interface NodeExpectationRow {
  node_id: string;
  request_id: string;
  per_epoch: string;
  per_day: string | null;
  basis: ExpectationBasis;
  expected_at: Date;
  nodes_of_request: number;
}

@Injectable()
export class SupportRequestNodesRepository {
  constructor(private readonly db: Db) {}

  /** Adds the links that are not there yet; returns how many were new. */
  async link(requestId: string, nodeIds: readonly string[], linkedBy: string, tx: Sql = this.db): Promise<number> {
    const rows = await tx.rows(
      `INSERT INTO support_request_nodes (request_id, node_id, linked_by)
       SELECT $1, node_id, $3 FROM unnest($2::uuid[]) AS node_id
       ON CONFLICT DO NOTHING RETURNING node_id`,
      [requestId, nodeIds, linkedBy],
    );
    return rows.length;
  }

  /** The linked node ids of each request, oldest link first (the loader's batch). */
  nodeIdsOf(requestIds: readonly string[]): Promise<{ request_id: string; node_id: string }[]> {
    return this.db.rows(`SELECT request_id, node_id FROM support_request_nodes WHERE request_id = ANY($1::uuid[]) ORDER BY linked_at, node_id`, [requestIds]);
  }

  /** Per node, the newest linked request with a stored expectation; `userId`: only that customer's requests. */
  expectationsOf(nodeIds: readonly string[], userId?: string): Promise<NodeExpectationRow[]> {
    return this.db.rows<NodeExpectationRow>(
      `SELECT DISTINCT ON (l.node_id) l.node_id, r.id AS request_id, r.expected_per_epoch_gnk::text AS per_epoch, r.expected_per_day_gnk::text AS per_day,
              r.expected_basis AS basis, r.expected_at, (SELECT count(*)::int FROM support_request_nodes o WHERE o.request_id = r.id) AS nodes_of_request
       FROM support_request_nodes l JOIN support_requests r ON r.id = l.request_id
       WHERE l.node_id = ANY($1::uuid[]) AND r.expected_at IS NOT NULL AND ($2::uuid IS NULL OR r.user_id = $2::uuid)
       ORDER BY l.node_id, l.linked_at DESC, r.created_at DESC`,
      [nodeIds, userId ?? null],
    );
  }
}
