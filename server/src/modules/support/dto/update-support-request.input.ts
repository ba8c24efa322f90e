import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { ADMIN_NOTES_MAX_LENGTH, REQUEST_NODES_MAX } from '../support.constants.js';
import { trimToNull } from './create-support-request.input.js';
import { SupportRequestStatus } from './support.enums.js';

@InputType({ description: 'Omitted fields keep their value; null clears notes or the assignee.' })
export class UpdateSupportRequestInput {
  @Field(() => SupportRequestStatus, { nullable: true, description: 'Lifecycle: PENDING → IN_PROGRESS → COMPLETED | REJECTED.' })
  @IsOptional()
  @IsEnum(SupportRequestStatus)
  status?: SupportRequestStatus | null;

  @Field(() => String, { nullable: true, description: 'Notes from support, visible to the customer.' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(ADMIN_NOTES_MAX_LENGTH)
  @NoNulCharacter()
  adminNotes?: string | null;

  @Field(() => ID, { nullable: true, description: 'An admin to handle the request.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id' })
  assignedToId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Nodes this new-node request produced (at most ${REQUEST_NODES_MAX}), e.g. when completing it: each must be the requester's node now. Added to the links already there.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUEST_NODES_MAX)
  @IsUUID('all', { each: true, message: '$property must be node ids' })
  nodeIds?: string[] | null;
}
