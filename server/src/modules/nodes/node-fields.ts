import type { Node } from './dto/node.model.js';
import type { NodeLoaders } from './loaders/node-loaders.js';

/**
 * The one table of Node fields that read a per-request loader. The resolvers read their field's
 * loader from it (`nodeField`) and the list prefetch (node-prefetch.ts) loads, from it, exactly the
 * loaders the selected fields need — so a field added here is prefetched, and a field resolved
 * through `nodeField` cannot be missing here (its name is a key of this table).
 * test/modules/nodes/node-fields-table.test.ts checks that every Node field of the schema is either
 * here, a column of the node row, or in NODE_FIELDS_WITHOUT_LOADER.
 */
export const NODE_FIELD_LOADERS = {
  status: 'nodeStats',
  statusReason: 'nodeStats',
  statusRule: 'nodeStats',
  statusDetails: 'nodeStats',
  tokensPerSec: 'nodeStats',
  jobsDay: 'nodeStats',
  activeModel: 'nodeStats',
  weight: 'nodeStats',
  weightShare: 'nodeStats',
  weightRank: 'nodeStats',
  weightRankOf: 'nodeStats',
  statsFetchedAt: 'nodeStats',
  statsStale: 'nodeStats',
  epochRisk: 'nodeStats',
  hardware: 'nodeHardware',
  inferenceJobs: 'nodeJobs',
  earningsDay: 'nodeEarnings',
  earningsTotal: 'nodeEarnings',
  earningsDayValue: 'nodeEarningsByDay',
  earningsTotalValue: 'nodeEarningsByDay',
  uptimePercent: 'nodeUptime',
  uptimeObservedSince: 'nodeUptime',
  owner: 'nodeOwner',
  cloudInstance: 'nodeCloudInstance',
  rents: 'nodeRents',
} as const satisfies Record<string, keyof NodeLoaders>;

export type LoadedNodeField = keyof typeof NODE_FIELD_LOADERS;

/** The fields that read loader `L`. */
export type FieldsReading<L extends keyof NodeLoaders> = { [F in LoadedNodeField]: (typeof NODE_FIELD_LOADERS)[F] extends L ? F : never }[LoadedNodeField];

/** What each loader is keyed by. */
export const LOADER_KEYS = {
  nodeStats: 'identifier',
  nodeHardware: 'identifier',
  nodeJobs: 'identifier',
  nodeEarnings: 'id',
  nodeEarningsByDay: 'id',
  nodeUptime: 'id',
  nodeOwner: 'id',
  nodeCloudInstance: 'id',
  nodeRents: 'id',
} as const satisfies Record<keyof NodeLoaders, 'id' | 'identifier'>;

/**
 * Node fields with arguments that run their own bounded query per node (not batched, not prefetched),
 * the viewer's own mute (modules/alerts: batched per request by its own loader, keyed by the viewer),
 * and expectedVsRealised (modules/support: its request batched by the support loaders, then one
 * bounded query of the node's rewards; the node page asks it for one node).
 */
export const NODE_FIELDS_WITHOUT_LOADER = [
  'earnings',
  'statusHistory',
  'epochs',
  'alerts',
  'mutedUntil',
  'metricsHistory',
  'profit',
  'expectedVsRealised',
] as const;

type LoaderOf<F extends LoadedNodeField> = NodeLoaders[(typeof NODE_FIELD_LOADERS)[F]];
type ValueOf<L> = L extends { pick<R>(key: string, pick: (value: infer V) => R): unknown } ? V : never;

/** `pick` over the value of `field`'s loader for `node`: synchronous when the request already holds it. */
export function nodeField<F extends LoadedNodeField, R>(loaders: NodeLoaders, field: F, node: Node, pick: (value: ValueOf<LoaderOf<F>>) => R): R | Promise<R> {
  const name = NODE_FIELD_LOADERS[field];
  const loader = loaders[name] as unknown as { pick(key: string, pick: (value: unknown) => R): R | Promise<R> };
  return loader.pick(node[LOADER_KEYS[name]], pick as (value: unknown) => R);
}

/** The loaders the selected fields read, each once. */
export function loadersFor(selected: Set<string>): (keyof NodeLoaders)[] {
  const names = new Set<keyof NodeLoaders>();
  for (const [field, loader] of Object.entries(NODE_FIELD_LOADERS)) if (selected.has(field)) names.add(loader);
  return [...names];
}
