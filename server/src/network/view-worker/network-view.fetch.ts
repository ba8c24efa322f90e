import { UpstreamUnavailableError, type GonkaNodeClient, type HyperfusionClient } from '../../upstream/index.js';
import { buildNetworkView, type ViewSources } from '../network-view.builder.js';
import type { NetworkView, NodeHardwareView } from '../network-view.types.js';

/**
 * The network view from the bulk routes (8–12 MB of JSON each at 10,000 hosts). Runs in a worker
 * thread (view-worker.thread.ts): the parsed lists never reach the main heap, only the view does.
 */
export async function fetchNetworkView(gonka: GonkaNodeClient | null, tracker: HyperfusionClient | null): Promise<NetworkView> {
  const g = gonka;
  const jobs: Record<keyof ViewSources, (() => Promise<unknown>) | null | undefined> = {
    participants: g && (() => g.currentParticipants()),
    clock: g && (() => g.latestEpoch()),
    chain: g && (() => g.allParticipants()),
    validators: g && (() => g.validators()),
    signingInfos: g && (() => g.signingInfos()),
    tracker: tracker ? () => tracker.inferenceCurrent() : undefined,
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

/** GPUs and ML nodes of every host, by address, from `hardware_nodes_all` (8 MB at 10,000 hosts). */
export async function fetchHardwareView(gonka: GonkaNodeClient | null): Promise<Record<string, NodeHardwareView>> {
  if (!gonka) return {};
  const all = await gonka.hardwareNodesAll();
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
