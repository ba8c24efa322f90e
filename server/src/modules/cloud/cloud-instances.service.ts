import { Inject, Injectable } from '@nestjs/common';
import { DomainError, NotFound } from '../../common/domain-error.js';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import { GCORE_CLIENT } from '../../network/upstream-clients.js';
import { type GcoreClient, type GcoreInstance, type GcoreInstanceRef, UpstreamNotFoundError } from '../../upstream/index.js';
import type { Node } from '../nodes/dto/node.model.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import { toNodeModel } from '../nodes/node.mapper.js';
import { CloudRepository } from './cloud.repository.js';
import type { CloudInstance } from './dto/cloud-instance.model.js';
import type { LinkCloudInstanceInput } from './dto/link-cloud-instance.input.js';

/** What the shared cache holds per instance: plain JSON (no Dates), null when Gcore does not know it. */
type CachedInstance = Omit<GcoreInstance, 'createdAt'> | null;

const cacheKey = (ref: GcoreInstanceRef) => `gcore:instance:v1:${ref.projectId}:${ref.regionId}:${ref.instanceId.toLowerCase()}`;

/**
 * The cloud instance behind each node: the link is ours (CloudRepository), the instance is Gcore's,
 * read through the shared cache like every upstream (one Gcore call per instance per TTL however
 * many pages ask; a failing Gcore → the last good value, marked stale). Without a configured Gcore
 * API every instance is unknown (null), never an error.
 */
@Injectable()
export class CloudInstancesService {
  constructor(
    private readonly links: CloudRepository,
    private readonly nodes: NodeLookupsRepository,
    private readonly cache: CachedResourceService,
    @Inject(GCORE_CLIENT) private readonly gcore: GcoreClient | null,
  ) {}

  /** In key order: the instance, null (unlinked or unknown), or an error for that node alone. */
  async instancesOf(nodeIds: readonly string[]): Promise<(CloudInstance | null | Error)[]> {
    const gcore = this.gcore;
    if (!gcore) return nodeIds.map(() => null);
    const byNode = new Map((await this.links.linksOf(nodeIds)).map((l) => [l.nodeId, l]));
    return Promise.all(
      nodeIds.map(async (id) => {
        const link = byNode.get(id);
        if (!link) return null;
        try {
          const { value, fetchedAt, stale } = await this.cache.get<CachedInstance>(cacheKey(link), () => fetchInstance(gcore, link));
          return value && toCloudInstance(value, fetchedAt, stale);
        } catch {
          return new DomainError('UPSTREAM_UNAVAILABLE', 'Cloud instance data is unavailable right now; try again shortly');
        }
      }),
    );
  }

  async link(input: LinkCloudInstanceInput): Promise<Node> {
    const ref = { projectId: input.projectId, regionId: input.regionId, instanceId: input.instanceId.toLowerCase() };
    const node = await this.links.setLink(input.nodeId, ref);
    if (!node) throw new NotFound('Node');
    return toNodeModel(node);
  }

  async unlink(nodeId: string): Promise<Node> {
    const node = await this.links.setLink(nodeId, null);
    if (!node) throw new NotFound('Node');
    return toNodeModel(node);
  }

  /** Links each identifier's node to its instance (demo mode: the simulator's instances). */
  async linkAll(refs: ReadonlyMap<string, GcoreInstanceRef>): Promise<number> {
    const ids = await this.nodes.idsByIdentifier([...refs.keys()]);
    let linked = 0;
    for (const [identifier, ref] of refs) {
      const nodeId = ids.get(identifier);
      if (nodeId && (await this.links.setLink(nodeId, ref))) linked++;
    }
    return linked;
  }
}

/** Gcore's answer, or null for an instance it does not know (404): unknown, cached like a value. */
async function fetchInstance(gcore: GcoreClient, ref: GcoreInstanceRef): Promise<CachedInstance> {
  try {
    const { createdAt: _createdAt, ...instance } = await gcore.instance(ref);
    return instance;
  } catch (e) {
    if (e instanceof UpstreamNotFoundError) return null;
    throw e;
  }
}

function toCloudInstance(i: NonNullable<CachedInstance>, fetchedAt: Date, stale: boolean): CloudInstance {
  const { flavor } = i;
  return {
    id: i.id,
    name: i.name,
    flavor: flavor.name,
    vcpus: flavor.vcpus,
    ramMib: flavor.ramMib,
    gpus: flavor.gpus,
    region: i.region,
    regionId: i.regionId,
    projectId: i.projectId,
    status: i.status,
    fetchedAt,
    stale,
  };
}
