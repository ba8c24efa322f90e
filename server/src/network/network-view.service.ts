import { Inject, Injectable } from '@nestjs/common';
import { UpstreamUnavailableError, type GonkaNodeClient, type HyperfusionClient } from '../upstream/index.js';
import { CachedResourceService, type Cached } from '../cache/cached-resource.service.js';
import { buildNetworkView, type ViewSources } from './network-view.builder.js';
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

  status(): Promise<Cached<NetworkView>> {
    return this.resources.get(VIEW_KEY, () => this.fetchStatus());
  }

  refreshStatus(): Promise<Cached<NetworkView>> {
    return this.resources.refresh(VIEW_KEY, () => this.fetchStatus());
  }

  hardware(): Promise<Cached<Record<string, NodeHardwareView>>> {
    return this.resources.get(HARDWARE_KEY, () => this.fetchHardware());
  }

  private async fetchStatus(): Promise<NetworkView> {
    const g = this.gonka;
    const jobs: Record<keyof ViewSources, (() => Promise<unknown>) | null | undefined> = {
      participants: g && (() => g.currentParticipants()),
      clock: g && (() => g.latestEpoch()),
      chain: g && (() => g.allParticipants()),
      validators: g && (() => g.validators()),
      signingInfos: g && (() => g.signingInfos()),
      tracker: this.tracker ? () => this.tracker!.inferenceCurrent() : undefined,
    };
    const names = Object.keys(jobs) as (keyof ViewSources)[];
    const settled = await Promise.allSettled(names.map((n) => (jobs[n] ? jobs[n]!() : Promise.resolve(undefined))));
    const sources: ViewSources = {};
    const failed: string[] = [];
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') (sources as Record<string, unknown>)[names[i]] = r.value;
      else failed.push(names[i]);
    });
    // Without an epoch list from either the node API or the tracker there is nothing true to show.
    if (!sources.participants && !sources.tracker) {
      const first = settled.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
      throw first?.reason ?? new UpstreamUnavailableError('gonka_api', 'network-view', 'not_configured', 'no Gonka source configured');
    }
    return buildNetworkView(sources, failed);
  }

  private async fetchHardware(): Promise<Record<string, NodeHardwareView>> {
    if (!this.gonka) return {};
    const all = await this.gonka.hardwareNodesAll();
    const out: Record<string, NodeHardwareView> = {};
    for (const p of all) {
      const gpus = new Map<string, number>();
      for (const n of p.nodes) for (const h of n.hardware) gpus.set(h.type, (gpus.get(h.type) ?? 0) + h.count);
      const list = [...gpus].map(([type, count]) => ({ type, count }));
      out[p.address] = {
        address: p.address,
        gpus: list,
        totalGpus: list.reduce((s, g) => s + g.count, 0),
        mlNodes: p.nodes.map((n) => ({ localId: n.localId, status: n.status, models: n.models })),
      };
    }
    return out;
  }
}
