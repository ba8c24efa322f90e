import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { connectionItemFields, selectsField } from '../../graphql/selection.js';
import type { NodeList, NodeListOptions } from './node-list.query.js';

// Which loader each live Node field reads (see node-live.resolver.ts).
const BY_IDENTIFIER = { nodeStats: ['status', 'statusReason', 'tokensPerSec', 'jobsDay', 'activeModel', 'weight', 'statsFetchedAt', 'statsStale'], nodeHardware: ['hardware'] } as const;
const BY_ID = { nodeEarnings: ['earningsDay', 'earningsTotal'], nodeUptime: ['uptimePercent', 'uptimeObservedSince'] } as const;

/** The Node fields a list query selects, and what the list query itself can read for them. */
export function nodeListPlan(info: GraphQLResolveInfo): { selected: Set<string>; options: NodeListOptions } {
  const selected = connectionItemFields(info);
  return { selected, options: { withEarnings: BY_ID.nodeEarnings.some((f) => selected.has(f)), withCount: selectsField(info, 'totalCount') } };
}

/**
 * Before a node list is returned, loads in one go what its selected fields will read — and only
 * that: a loader no selected field needs is not touched. The fields then resolve synchronously from
 * the request's loaders instead of each waiting on a promise.
 */
export async function prefetchNodeFields(ctx: GqlContext, selected: Set<string>, { page, earnings }: NodeList): Promise<void> {
  const nodes = page.nodes;
  for (const [id, sums] of earnings ?? []) ctx.loaders.nodeEarnings.prime(id, sums);
  if (!nodes.length) return;
  const wants = (fields: readonly string[]) => fields.some((f) => selected.has(f));
  const jobs: Promise<void>[] = [];
  for (const [loader, fields] of Object.entries(BY_IDENTIFIER) as [keyof typeof BY_IDENTIFIER, readonly string[]][]) {
    if (wants(fields)) jobs.push(ctx.loaders[loader].prefetch(nodes.map((n) => n.identifier)));
  }
  for (const [loader, fields] of Object.entries(BY_ID) as [keyof typeof BY_ID, readonly string[]][]) {
    // Keys the list query already primed (earnings) are answered without a batch.
    if (wants(fields)) jobs.push(ctx.loaders[loader].prefetch(nodes.map((n) => n.id)));
  }
  await Promise.all(jobs);
}
