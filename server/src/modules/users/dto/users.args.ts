import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { ConnectionArgs } from '../../../graphql/connection.js';
import { USER_SEARCH_MAX_LENGTH } from '../users.constants.js';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the email.' })
  @IsOptional()
  @IsString()
  @MaxLength(USER_SEARCH_MAX_LENGTH)
  @NoNulCharacter()
  search?: string;
}
