import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Public facts about this MineGNK server, safe to show before sign-in.' })
export class ServerInfo {
  @Field({ description: 'Product name.' })
  name: string;

  @Field({ description: 'Server version (from package.json).' })
  version: string;

  @Field({ description: 'Server time, for clients to detect clock skew.' })
  time: Date;

  @Field({ description: 'True when the data comes from the built-in Gonka network simulator (demo mode).' })
  demoMode: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Link template to a node's page on a public explorer/tracker, `{address}` standing for the node's identifier (URL-encode it); null: no link configured.",
  })
  nodeExplorerUrlTemplate: string | null;

  @Field(() => Int, { description: 'How often the server refreshes node data (CACHE_TTL_SECONDS): polling faster only re-reads the same data.' })
  cacheTtlSeconds: number;
}
