import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/dto/user.model.js';

@ObjectType({ description: 'Tokens for a signed-in session. Send the access token as `Authorization: Bearer …`.' })
export class AuthPayload {
  @Field({ description: 'Short-lived JWT (at most 15 minutes).' })
  accessToken: string;

  @Field({ description: 'When the access token expires; refresh shortly before.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use token for `refreshToken`; each use returns a new one.' })
  refreshToken: string;

  @Field(() => User, { description: 'The signed-in account.' })
  user: User;
}
