import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../users/users.constants.js';
import { EmailField } from './credentials.js';

@InputType({ description: 'Credentials for sign-in.' })
export class LoginInput {
  @Field({ description: 'Email address (stored lower-cased).' })
  @EmailField()
  email: string;

  // No minimum here: a wrong password is "invalid credentials", not a validation error.
  @Field({ description: 'Password (10–128 characters).' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
