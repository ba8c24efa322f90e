import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { BUDGET_MAX_LENGTH, COMMENTS_MAX_LENGTH, GPU_TYPE_MAX_LENGTH, QUANTITY_MAX, QUANTITY_MIN } from '../support.constants.js';
import { Network, SupportRequestType } from './support.enums.js';

/** Free text is trimmed; blank means "not given". */
export const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType({ description: 'A request to support: new nodes, help, or other.' })
export class CreateSupportRequestInput {
  @Field(() => SupportRequestType, { description: 'What the request is about.' })
  @IsEnum(SupportRequestType)
  type: SupportRequestType;

  @Field(() => String, { nullable: true, description: 'Desired GPU, e.g. "H100 80GB".' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(GPU_TYPE_MAX_LENGTH)
  @NoNulCharacter()
  gpuType?: string | null;

  @Field(() => Int, { defaultValue: 1, description: `How many GPUs of that type, ${QUANTITY_MIN}..${QUANTITY_MAX}.` })
  @IsInt()
  @Min(QUANTITY_MIN)
  @Max(QUANTITY_MAX)
  quantity: number;

  @Field(() => String, { nullable: true, description: `Budget or range, up to ${BUDGET_MAX_LENGTH} characters.` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(BUDGET_MAX_LENGTH)
  @NoNulCharacter()
  budget?: string | null;

  @Field(() => Network, { defaultValue: Network.GONKA, description: 'Network the nodes are for (only GONKA today).' })
  @IsEnum(Network)
  network: Network;

  @Field(() => String, { nullable: true, description: `Up to ${COMMENTS_MAX_LENGTH} characters.` })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(COMMENTS_MAX_LENGTH)
  @NoNulCharacter()
  comments?: string | null;
}
