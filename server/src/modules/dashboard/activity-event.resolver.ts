import { ResolveField, Resolver } from '@nestjs/graphql';
import { ActivityParams, toActivityParams } from './dto/activity-params.model.js';
import { ActivityEvent } from './dto/dashboard.model.js';

@Resolver(() => ActivityEvent)
export class ActivityEventResolver {
  // (parent) without decorators: bound directly, as the node fields are (node-live.resolver.ts).
  @ResolveField(() => ActivityParams, {
    nullable: true,
    description:
      'The codes and figures message is worded from, for clients to word the line in their language; null on lines written before they were recorded (show message).',
  })
  params(event: ActivityEvent): ActivityParams | null {
    return event.params ? toActivityParams(event.params) : null;
  }
}
