import { Field, InputType } from '@nestjs/graphql';
import { EmailField, NewPasswordField } from './credentials.js';

@InputType()
export class RegisterInput {
  @Field()
  @EmailField()
  email: string;

  @Field({ description: 'At least 10 characters.' })
  @NewPasswordField()
  password: string;
}
