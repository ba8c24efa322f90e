import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { User } from '../../users/dto/user.model.js';
import { SupportAgent } from './support-agent.model.js';
import { ExpectedEarnings } from '../../expected-earnings/dto/expected-earnings.model.js';
import { Network, SupportRequestStatus, SupportRequestType } from './support.enums.js';

@ObjectType({ description: 'A ticket to support: a new node or help. Customers see only their own.' })
export class SupportRequest {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => SupportRequestType, { description: 'What the request is about.' })
  type: SupportRequestType;

  @Field(() => String, { nullable: true, description: 'Desired GPU type, e.g. "H100".' })
  gpuType: string | null;

  @Field(() => Int, { description: 'How many GPUs of that type (1–100).' })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Budget or price range, as the customer wrote it.' })
  budget: string | null;

  @Field(() => Network, { description: 'Network the nodes are for (only GONKA today).' })
  network: Network;

  @Field(() => String, { nullable: true, description: 'Anything support should know (at most 2,000 characters).' })
  comments: string | null;

  @Field(() => SupportRequestStatus, { description: 'Lifecycle: PENDING → IN_PROGRESS → COMPLETED | REJECTED.' })
  status: SupportRequestStatus;

  @Field(() => String, { nullable: true, description: "Support's notes; the customer sees them too." })
  adminNotes: string | null;

  @Field(() => ExpectedEarnings, {
    nullable: true,
    description: 'New-node requests: the expected earnings the customer was shown when asking (as shown then, never recomputed); null when none was shown.',
  })
  expectedEarnings: ExpectedEarnings | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  /** Resolved lazily (`user`, `assignedTo` fields) through the per-request users loader. */
  @HideField()
  userId: string;

  @HideField()
  assignedToId: string | null;

  // Declared for the schema; values come from SupportRequestsResolver's field resolvers.
  @Field(() => User, { description: 'Who asked.' })
  user?: User;

  @Field(() => SupportAgent, { nullable: true, description: 'Who handles it, by public name; null while unassigned.' })
  assignee?: SupportAgent | null;

  @Field(() => User, {
    nullable: true,
    description: 'The admin handling it, with their account. Admins only (FORBIDDEN otherwise): customers read `assignee`.',
  })
  assignedTo?: User | null;
}

@ObjectType({ description: 'A page of support requests.' })
export class SupportRequestConnection extends Connection(SupportRequest) {}
