import { Field, ObjectType } from '@nestjs/graphql';

/**
 * The person handling a request, as its customer may see them: a public name and nothing of their
 * account (email, role, contact handles). Admins read the account through `assignedTo`.
 */
@ObjectType({ description: 'Who handles a support request, as the customer sees them.' })
export class SupportAgent {
  @Field(() => String, { nullable: true, description: 'Public name the admin chose; null when they set none.' })
  displayName: string | null;
}
