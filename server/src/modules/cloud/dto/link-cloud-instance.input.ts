import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { GCORE_INSTANCE_ID } from '../../../upstream/gcore.client.js';

const GCORE_ID_MAX = 2_147_483_647;

@InputType({ description: 'Link a node to the Gcore instance it runs on (as Gcore addresses it: project, region, instance).' })
export class LinkCloudInstanceInput {
  @Field(() => ID, { description: 'The node to link.' })
  @IsUUID('all', { message: '$property must be a node id' })
  nodeId: string;

  @Field(() => Int, { description: 'Gcore project id.' })
  @IsInt()
  @Min(1)
  @Max(GCORE_ID_MAX)
  projectId: number;

  @Field(() => Int, { description: 'Gcore region id.' })
  @IsInt()
  @Min(1)
  @Max(GCORE_ID_MAX)
  regionId: number;

  @Field({ description: 'Gcore instance id, a UUID such as 1c7f3d5e-….' })
  @Matches(GCORE_INSTANCE_ID, { message: '$property must be a Gcore instance id (a UUID)' })
  instanceId: string;
}
