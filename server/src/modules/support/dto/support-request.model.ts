import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { User } from '../../users/dto/user.model.js';
import { Network, SupportRequestStatus, SupportRequestType } from './support.enums.js';

@ObjectType({ description: 'A ticket to support: a new node or help. Customers see only their own.' })
export class SupportRequest {
  @Field(() => ID)
  id: string;

  @Field(() => SupportRequestType)
  type: SupportRequestType;

  @Field(() => String, { nullable: true })
  gpuType: string | null;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Budget or price range, as the customer wrote it.' })
  budget: string | null;

  @Field(() => Network)
  network: Network;

  @Field(() => String, { nullable: true })
  comments: string | null;

  @Field(() => SupportRequestStatus)
  status: SupportRequestStatus;

  @Field(() => String, { nullable: true, description: "Support's notes; the customer sees them too." })
  adminNotes: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Resolved lazily (`user`, `assignedTo` fields) through the per-request users loader. */
  @HideField()
  userId: string;

  @HideField()
  assignedToId: string | null;

  // Declared for the schema; values come from SupportRequestsResolver's field resolvers.
  @Field(() => User, { description: 'Who asked.' })
  user?: User;

  @Field(() => User, { nullable: true, description: 'The admin handling it.' })
  assignedTo?: User | null;
}

@ObjectType()
export class SupportRequestConnection extends Connection(SupportRequest) {}
