import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';

/** Gonka proto `InferenceStatus`, by name. */
export enum InferenceJobStatus {
  STARTED = 'STARTED',
  FINISHED = 'FINISHED',
  VALIDATED = 'VALIDATED',
  INVALIDATED = 'INVALIDATED',
  VOTING = 'VOTING',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InferenceJobStatus, {
  name: 'InferenceJobStatus',
  description: 'Where an inference stands on chain (Gonka InferenceStatus).',
  valuesMap: {
    STARTED: { description: 'Request accepted; the response is not recorded yet.' },
    FINISHED: { description: 'Response recorded; not validated (yet).' },
    VALIDATED: { description: 'Checked by other participants and found correct.' },
    INVALIDATED: { description: 'Found incorrect by validation; counts against the node.' },
    VOTING: { description: 'Validators disagree; a vote is under way.' },
    EXPIRED: { description: 'The node never answered in time: a missed request.' },
  },
});

@ObjectType({ description: 'One inference request routed to a node, as the Hyperfusion tracker recorded it.' })
export class InferenceJob {
  @Field({ description: 'Chain id of the inference.' })
  inferenceId: string;

  @Field(() => InferenceJobStatus, { description: 'Outcome so far: finished, validated, invalidated, expired (missed), …' })
  status: InferenceJobStatus;

  @Field(() => Int, { description: 'Block at which the request started.' })
  startBlockHeight: number;

  @Field(() => Date, { nullable: true, description: 'Time of that block; null when the tracker has none.' })
  startedAt: Date | null;

  @Field({ description: 'Model that served the request, e.g. "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8".' })
  model: string;

  @Field(() => Int, { description: 'Prompt (input) tokens.' })
  promptTokens: number;

  @Field(() => Int, { description: 'Completion (output) tokens; 0 for an expired request.' })
  completionTokens: number;

  @Field(() => [String], { description: 'Addresses (gonka1…) of the participants that validated this inference.' })
  validatedBy: string[];
}

@ObjectType({ description: "A page of a node's recent inference jobs, newest first." })
export class InferenceJobConnection extends Connection(InferenceJob) {}
