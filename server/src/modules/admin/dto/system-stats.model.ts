import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'State of one upstream host as the adapters see it.' })
export class UpstreamHostHealth {
  @Field({ description: 'gonka_api or hyperfusion.' })
  source: string;

  @Field({ description: 'Origin of the host.' })
  host: string;

  @Field({ description: 'Circuit breaker: closed (healthy), open (failing, skipped), half_open (probing), isolated.' })
  breaker: string;
}

@ObjectType({ description: 'The last background refresh of tracked nodes.' })
export class RefreshSummary {
  @Field({ description: 'When it finished.' })
  at: Date;

  @Field({ description: 'False when the network could not be read (last good data kept).' })
  ok: boolean;

  @Field(() => Int, { description: 'Nodes linked to customers at that time.' })
  trackedNodes: number;

  @Field(() => Int, { description: 'Status transitions recorded.' })
  statusChanges: number;

  @Field(() => Int, { description: 'Earnings rows written (new epochs, back-fill, claimed flags).' })
  earningsRows: number;

  @Field(() => String, { nullable: true, description: 'What failed, if anything.' })
  error: string | null;
}

@ObjectType({ description: 'Operational numbers for admins.' })
export class SystemStats {
  @Field(() => Int, { description: 'All accounts.' })
  users: number;

  @Field(() => Int, { description: 'Admin accounts.' })
  admins: number;

  @Field(() => Int, { description: 'All nodes in the database.' })
  nodes: number;

  @Field(() => Int, { description: 'Nodes linked to a customer (refreshed in the background).' })
  trackedNodes: number;

  @Field(() => Int, { description: 'Requests waiting for support.' })
  pendingSupportRequests: number;

  @Field(() => [UpstreamHostHealth], { description: 'Each upstream host and its circuit breaker.' })
  upstreams: UpstreamHostHealth[];

  @Field({ description: 'Running against the built-in simulator (demo mode).' })
  demoMode: boolean;

  @Field({ description: 'memory or redis.' })
  cacheBackend: string;

  @Field({ description: 'False while Redis is configured but unreachable (memory serves meanwhile).' })
  cacheHealthy: boolean;

  @Field(() => Float, { nullable: true, description: 'Cache hits / lookups since start, 0..1; null before the first lookup.' })
  cacheHitRate: number | null;

  @Field(() => RefreshSummary, { nullable: true, description: 'null until the first refresh has run.' })
  lastRefresh: RefreshSummary | null;
}
