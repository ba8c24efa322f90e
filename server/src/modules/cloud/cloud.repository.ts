/**
 * The cloud module owns the Gcore link columns of `nodes` (gcore_project_id, gcore_region_id,
 * gcore_instance_id): written together here, read here; the nodes module never touches them.
 */
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { GcoreInstanceRef } from '../../upstream/gcore.types.js';
import type { NodeRecord } from '../nodes/nodes.repository.js';

export interface NodeCloudLink extends GcoreInstanceRef {
  nodeId: string;
}

const NODE_COLUMNS = 'id, identifier, identifier_type, display_name, gpu_type, region, created_at';

@Injectable()
export class CloudRepository {
  constructor(private readonly db: Db) {}

  /** The complete links of these nodes (a node with any of the three missing is unlinked). */
  linksOf(nodeIds: readonly string[]): Promise<NodeCloudLink[]> {
    return this.db.rows<NodeCloudLink>(
      `SELECT id AS "nodeId", gcore_project_id AS "projectId", gcore_region_id AS "regionId", gcore_instance_id AS "instanceId"
       FROM nodes WHERE id = ANY($1::uuid[])
         AND gcore_project_id IS NOT NULL AND gcore_region_id IS NOT NULL AND gcore_instance_id IS NOT NULL`,
      [nodeIds],
    );
  }

  /** Sets (or, with null, clears) the node's link; the node as stored, undefined when there is no such node. */
  async setLink(nodeId: string, ref: GcoreInstanceRef | null): Promise<NodeRecord | undefined> {
    const [row] = await this.db.rows<NodeRecord>(
      `UPDATE nodes SET gcore_project_id = $2, gcore_region_id = $3, gcore_instance_id = $4 WHERE id = $1 RETURNING ${NODE_COLUMNS}`,
      [nodeId, ref?.projectId ?? null, ref?.regionId ?? null, ref?.instanceId ?? null],
    );
    return row;
  }
}
