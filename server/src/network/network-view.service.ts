import { Inject, Injectable } from '@nestjs/common';
import type { GonkaNodeClient, HyperfusionClient } from '../upstream/index.js';
import { CachedResourceService, type Cached } from '../cache/cached-resource.service.js';
import { fetchNetworkView } from './view-worker/network-view.fetch.js';
import { runViewTask } from './view-worker/view-worker.runner.js';
import type { NetworkView, NodeHardwareView } from './network-view.types.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from './upstream-clients.js';

export const VIEW_KEY = 'gonka:view:status';
export const HARDWARE_KEY = 'gonka:view:hardware';

/**
 * The live network as the portal sees it, built only from bulk routes so the number of upstream
 * calls does not depend on how many nodes are tracked or asked for.
 */
@Injectable()
export class NetworkViewService {
  constructor(
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
    @Inject(HYPERFUSION_CLIENT) private readonly tracker: HyperfusionClient | null,
  ) {}

  /** The refresher refreshes it every TTL (refreshStatus): readers revalidate it only if that run is late. */
  status(): Promise<Cached<NetworkView>> {
    return this.resources.get(VIEW_KEY, () => this.fetchStatus(), undefined, { periodic: true });
  }

  refreshStatus(): Promise<Cached<NetworkView>> {
    return this.resources.refresh(VIEW_KEY, () => this.fetchStatus());
  }

  hardware(): Promise<Cached<Record<string, NodeHardwareView>>> {
    return this.resources.get(HARDWARE_KEY, () => this.fetchHardware());
  }

  /** In a worker thread (view-worker/): the bulk lists' garbage never reaches this heap. */
  private fetchStatus(): Promise<NetworkView> {
    if (!this.gonka && !this.tracker) return fetchNetworkView(null, null); // not configured: fails at once, no thread needed
    return runViewTask<NetworkView>({ kind: 'status' }, this.gonka, this.tracker);
  }

  private fetchHardware(): Promise<Record<string, NodeHardwareView>> {
    if (!this.gonka) return Promise.resolve({});
    return runViewTask<Record<string, NodeHardwareView>>({ kind: 'hardware' }, this.gonka, null);
  }
}
