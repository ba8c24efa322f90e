import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../users/users.constants.js';
import { NewPasswordField } from './credentials.js';

@InputType({ description: 'Change the password; other sessions are signed out.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'At least 10 characters.' })
  @NewPasswordField()
  newPassword: string;
}
