import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ModelParticipationStatus } from '../model-participation.rules.js';

registerEnumType(ModelParticipationStatus, {
  name: 'ModelParticipationStatus',
  description:
    "How a host takes part in one governance model this epoch. SERVED: its epoch entry lists the model (no cost). NOT_SERVED: not served and, as far as the chain's public routes show, not delegated — the chain takes up to 15% of the weight (5% if it was in fact delegated: delegation is not visible). DELEGATED (5%) and REFUSED (10%) are not produced until a chain route exposes them. UNKNOWN: the governance list or the host's epoch entry is unavailable.",
});

@ObjectType({ description: 'One governance model and the host’s participation in it this epoch.' })
export class ModelParticipation {
  @Field({ description: 'The governance model (models_all id).' })
  modelId: string;

  @Field(() => ModelParticipationStatus, { description: 'Served, not served (up to 15% of the weight), or unknown.' })
  status: ModelParticipationStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Weight the host stands to lose for this model: 0 when SERVED, an upper bound when NOT_SERVED (weightCostShare × weight); null when unknown.',
  })
  weightCost: number | null;

  @Field(() => Float, { nullable: true, description: 'weightCost as a share of the host’s weight (0.15 for NOT_SERVED); null when unknown.' })
  weightCostShare: number | null;
}
