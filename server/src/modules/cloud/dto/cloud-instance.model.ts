import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The GPUs of a cloud flavor, as its hardware description gives them.' })
export class CloudGpus {
  @Field({ description: 'e.g. "NVIDIA H100 80GB HBM3".' })
  model: string;

  @Field(() => Int, { nullable: true, description: 'null when the description names no count.' })
  count: number | null;
}

@ObjectType({ description: 'The Gcore cloud instance a node runs on (read-only, from the Gcore Cloud API, cached).' })
export class CloudInstance {
  @Field(() => ID, { description: 'Gcore instance id (UUID).' })
  id: string;

  @Field({ description: 'Instance name in Gcore.' })
  name: string;

  @Field({ description: 'Flavor name, e.g. "bm3-ai-1xlarge-h100-80-8".' })
  flavor: string;

  @Field(() => Int, { nullable: true, description: 'Virtual or physical CPUs of the flavor.' })
  vcpus: number | null;

  @Field(() => Int, { nullable: true, description: 'Memory in MiB.' })
  ramMib: number | null;

  @Field(() => CloudGpus, { nullable: true, description: 'null: not a GPU flavor, or Gcore does not say.' })
  gpus: CloudGpus | null;

  @Field({ description: 'Region name, e.g. "Luxembourg-2".' })
  region: string;

  @Field(() => Int, { description: 'Gcore region id.' })
  regionId: number;

  @Field(() => Int, { description: 'Gcore project id.' })
  projectId: number;

  @Field({ description: "Gcore's status code, e.g. ACTIVE, SHUTOFF, BUILD, ERROR, SUSPENDED." })
  status: string;

  @Field({ description: 'When this was read from Gcore.' })
  fetchedAt: Date;

  @Field({ description: 'True when older than the cache TTL (Gcore is failing or a refresh is under way).' })
  stale: boolean;
}
