import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { connectionItemFields } from '../../graphql/selection.js';
import type { Node } from './dto/node.model.js';

// Which loader each live Node field reads (see node-live.resolver.ts).
const BY_IDENTIFIER = { nodeStats: ['status', 'statusReason', 'tokensPerSec', 'jobsDay', 'activeModel', 'weight', 'statsFetchedAt', 'statsStale'], nodeHardware: ['hardware'] } as const;
const BY_ID = { nodeEarnings: ['earningsDay', 'earningsTotal'], nodeUptime: ['uptimePercent'] } as const;

/**
 * Before a node list is returned, loads in one go what its selected fields will read — and only
 * that: a loader no selected field needs is not touched. The fields then resolve synchronously from
 * the request's loaders instead of each waiting on a promise.
 */
export async function prefetchNodeFields(ctx: GqlContext, info: GraphQLResolveInfo, nodes: readonly Node[]): Promise<void> {
  if (!nodes.length) return;
  const selected = connectionItemFields(info);
  const wants = (fields: readonly string[]) => fields.some((f) => selected.has(f));
  const jobs: Promise<void>[] = [];
  for (const [loader, fields] of Object.entries(BY_IDENTIFIER) as [keyof typeof BY_IDENTIFIER, readonly string[]][]) {
    if (wants(fields)) jobs.push(ctx.loaders[loader].prefetch(nodes.map((n) => n.identifier)));
  }
  for (const [loader, fields] of Object.entries(BY_ID) as [keyof typeof BY_ID, readonly string[]][]) {
    if (wants(fields)) jobs.push(ctx.loaders[loader].prefetch(nodes.map((n) => n.id)));
  }
  await Promise.all(jobs);
}
