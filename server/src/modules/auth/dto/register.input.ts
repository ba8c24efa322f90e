import { Field, InputType } from '@nestjs/graphql';
import { EmailField, NewPasswordField } from './credentials.js';

@InputType({ description: 'A new customer account.' })
export class RegisterInput {
  @Field({ description: 'Email address (stored lower-cased).' })
  @EmailField()
  email: string;

  @Field({ description: 'At least 10 characters.' })
  @NewPasswordField()
  password: string;
}
