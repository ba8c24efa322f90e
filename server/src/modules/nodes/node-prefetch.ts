import type { GraphQLResolveInfo } from 'graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { connectionItemFields, selectsField } from '../../graphql/selection.js';
import { LOADER_KEYS, loadersFor } from './node-fields.js';
import type { NodeList, NodeListOptions } from './node-list.repository.js';

/** The Node fields a list query selects, and what the list query itself can read for them. */
export function nodeListPlan(info: GraphQLResolveInfo): { selected: Set<string>; options: NodeListOptions } {
  const selected = connectionItemFields(info);
  return { selected, options: { withEarnings: loadersFor(selected).includes('nodeEarnings'), withCount: selectsField(info, 'totalCount') } };
}

/**
 * Before a node list is returned, loads in one go what its selected fields will read — and only
 * that: a loader no selected field needs is not touched (the table is NODE_FIELD_LOADERS). The
 * fields then resolve synchronously from the request's loaders instead of each waiting on a promise.
 */
export async function prefetchNodeFields(ctx: GqlContext, selected: Set<string>, { page, earnings }: NodeList): Promise<void> {
  const nodes = page.nodes;
  // Keys the list query already primed (earnings) are answered without a batch.
  for (const [id, sums] of earnings ?? []) ctx.loaders.nodeEarnings.prime(id, sums);
  if (!nodes.length) return;
  await Promise.all(loadersFor(selected).map((name) => ctx.loaders[name].prefetch(nodes.map((n) => n[LOADER_KEYS[name]]))));
}
