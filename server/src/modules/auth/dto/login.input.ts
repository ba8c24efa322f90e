import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../users/users.constants.js';
import { EmailField } from './credentials.js';

@InputType()
export class LoginInput {
  @Field()
  @EmailField()
  email: string;

  // No minimum here: a wrong password is "invalid credentials", not a validation error.
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
