import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/domain-error.js';
import { PeekableLoader } from '../../../common/peekable-loader.js';
import { NetworkViewService } from '../../../network/network-view.service.js';
import type { NetworkTotals } from '../../epochs/downtime-test.rules.js';
import type { NodeHardwareView, NodeLiveStats } from '../../../network/network-view.types.js';
import { CachedResourceService } from '../../../cache/cached-resource.service.js';
import { HYPERFUSION_CLIENT } from '../../../network/upstream-clients.js';
import type { HyperfusionClient } from '../../../upstream/index.js';
import type { InferenceJob } from '../dto/inference-job.model.js';
import { NodeJobsSource } from './node-jobs.loader.js';
import { NodeMetricsRepository } from '../node-metrics.repository.js';
import { NodeStatusRepository } from '../node-status.repository.js';
import { NodesRepository } from '../nodes.repository.js';
import { snapshotToLive } from '../stats-snapshot.js';
import { createNodeMetricsLoaders, type NodeMetricsLoaders } from './node-metrics.loader.js';
import { CloudLoadersFactory, type CloudLoaders } from '../../cloud/cloud-loaders.js';
import { createRentLoaders, type RentLoaders } from '../../rents/rent-loaders.js';
import { RentsRepository } from '../../rents/rents.repository.js';

export interface NodeStatsResult {
  /** null: the address is not among the network's participants (it is offline). */
  stats: NodeLiveStats | null;
  fetchedAt: Date;
  stale: boolean;
  /** The same view's network totals this epoch (the downtime test's inputs); null from a stored snapshot. */
  network: NetworkTotals | null;
  /** The view's current epoch; null from a stored snapshot. */
  epoch: number | null;
}

/**
 * The nodes domain's per-request loaders: upstream-backed ones keyed by node identifier (`gonka1…`),
 * our own tables' by node id (see NODE_FIELD_LOADERS in node-fields.ts for which field reads which).
 */
export interface NodeLoaders extends NodeMetricsLoaders, CloudLoaders, RentLoaders {
  nodeStats: PeekableLoader<string, NodeStatsResult>;
  nodeHardware: PeekableLoader<string, NodeHardwareView | null>;
  nodeJobs: PeekableLoader<string, InferenceJob[]>;
  /** Keyed by node id: the owner's user id, null when unassigned — and always null for a customer (admins only). */
  nodeOwner: PeekableLoader<string, string | null>;
}

/**
 * Builds the per-request loaders (never module-level: their memo must not outlive a request). A
 * batch reads the shared network view once for all its keys; when the view cannot be had at all, it
 * falls back to the last good snapshot the refresher stored, marked stale, and only keys with no
 * snapshot get an UPSTREAM_UNAVAILABLE error — on their own fields, never the whole query.
 */
@Injectable()
export class NodeLoadersFactory {
  private readonly jobs: NodeJobsSource;

  constructor(
    private readonly view: NetworkViewService,
    private readonly statuses: NodeStatusRepository,
    private readonly metrics: NodeMetricsRepository,
    private readonly nodes: NodesRepository,
    private readonly rents: RentsRepository,
    cache: CachedResourceService,
    @Inject(HYPERFUSION_CLIENT) tracker: HyperfusionClient | null,
    private readonly cloud: CloudLoadersFactory,
  ) {
    this.jobs = new NodeJobsSource(cache, tracker);
  }

  /** `ownerId`: the caller when a customer (their nodes' history is limited to their ownership period). */
  create(ownerId?: string): NodeLoaders {
    return {
      nodeStats: new PeekableLoader((ids) => this.loadStats(ids)),
      nodeHardware: new PeekableLoader((ids) => this.loadHardware(ids)),
      nodeJobs: new PeekableLoader((ids) => this.jobs.batch(ids)),
      nodeOwner: new PeekableLoader((ids) => (ownerId ? Promise.resolve(ids.map(() => null)) : this.loadOwners(ids))),
      ...createNodeMetricsLoaders(this.metrics, ownerId),
      ...this.cloud.create(),
      ...createRentLoaders(this.rents),
    };
  }

  private async loadOwners(ids: readonly string[]): Promise<(string | null)[]> {
    const byNode = new Map((await this.nodes.ownersOf(ids)).map((r) => [r.node_id, r.user_id]));
    return ids.map((id) => byNode.get(id) ?? null);
  }

  private async loadStats(ids: readonly string[]): Promise<(NodeStatsResult | Error)[]> {
    try {
      const { value, fetchedAt, stale } = await this.view.status();
      return ids.map((id) => ({ stats: value.nodes[id] ?? null, fetchedAt, stale, network: value.totals ?? null, epoch: value.epochId }));
    } catch {
      return this.fromSnapshots(ids);
    }
  }

  private async fromSnapshots(ids: readonly string[]): Promise<(NodeStatsResult | Error)[]> {
    const byId = new Map((await this.statuses.snapshotsOf(ids)).map((r) => [r.identifier, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row) return new DomainError('UPSTREAM_UNAVAILABLE', 'Live node data is unavailable right now; try again shortly');
      return { stats: snapshotToLive(id, row), fetchedAt: row.fetched_at, stale: true, network: null, epoch: null };
    });
  }

  private async loadHardware(ids: readonly string[]): Promise<(NodeHardwareView | null | Error)[]> {
    try {
      const { value } = await this.view.hardware();
      return ids.map((id) => value[id] ?? null);
    } catch {
      return ids.map(() => new DomainError('UPSTREAM_UNAVAILABLE', 'Hardware data is unavailable right now; try again shortly'));
    }
  }
}
