import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { GqlAuthGuard, Roles, RolesGuard } from '../auth/index.js';
import { Node } from '../nodes/dto/node.model.js';
import { nodeField } from '../nodes/node-fields.js';
import { CloudInstancesService } from './cloud-instances.service.js';
import { CloudInstance } from './dto/cloud-instance.model.js';
import { LinkCloudInstanceInput } from './dto/link-cloud-instance.input.js';

@Resolver(() => Node)
@UseGuards(GqlAuthGuard, RolesGuard)
export class CloudResolver {
  constructor(private readonly cloud: CloudInstancesService) {}

  @Roles('admin')
  @Mutation(() => Node, { description: 'Link a node to the Gcore cloud instance it runs on (replaces an earlier link). Admins only.' })
  linkCloudInstance(@Args('input') input: LinkCloudInstanceInput) {
    return this.cloud.link(input);
  }

  @Roles('admin')
  @Mutation(() => Node, { description: "Remove a node's cloud-instance link. Admins only." })
  unlinkCloudInstance(@Args('nodeId', { type: () => ID }) nodeId: string) {
    return this.cloud.unlink(nodeId);
  }

  @ResolveField(() => CloudInstance, {
    nullable: true,
    description: 'The Gcore instance behind the node: null when unlinked, unknown to Gcore or no cloud API is configured; stale when Gcore is failing.',
  })
  // (parent, args, context) without decorators: bound directly by @nestjs/graphql, no per-row pipes.
  cloudInstance(node: Node, _args: unknown, ctx: GqlContext) {
    return nodeField(ctx.loaders, 'cloudInstance', node, (instance) => instance);
  }
}
