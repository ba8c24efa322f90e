import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { EXPIRES_IN_DAYS_MAX, EXPIRES_IN_DAYS_MIN, NAME_MAX_LENGTH } from '../api-tokens.constants.js';
import { ApiTokenScope } from './api-token-scope.enum.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A new personal API token: what it is for, what it may do, how long it lives.' })
export class CreateApiTokenInput {
  @Field({ description: `What the token is for, e.g. "Grafana"; 1..${NAME_MAX_LENGTH} characters.` })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  @NoNulCharacter()
  name: string;

  @Field(() => ApiTokenScope, { description: 'READ (queries and subscriptions only) or FULL.' })
  @IsEnum(ApiTokenScope)
  scope: ApiTokenScope;

  @Field(() => Int, { description: `Days until it expires, ${EXPIRES_IN_DAYS_MIN}..${EXPIRES_IN_DAYS_MAX}.` })
  @IsInt()
  @Min(EXPIRES_IN_DAYS_MIN)
  @Max(EXPIRES_IN_DAYS_MAX)
  expiresInDays: number;
}
