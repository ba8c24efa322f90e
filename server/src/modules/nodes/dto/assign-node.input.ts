import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { IsGonkaIdentifier } from '../../../common/validators/gonka-identifier.js';
import { IdentifierType } from './node.model.js';

export const DISPLAY_NAME_MAX = 100;
export const GPU_TYPE_MAX = 64;
export const REGION_MAX = 64;

@InputType({ description: 'Link a Gonka identifier to a customer (creates the node if it is new).' })
export class AssignNodeInput {
  @Field({ description: 'e.g. a gonka1… host address (checked as bech32 for WALLET/OPERATOR/VALIDATOR).' })
  @IsString()
  @MaxLength(128)
  @IsGonkaIdentifier()
  identifier: string;

  @Field(() => IdentifierType, { description: 'WALLET for a gonka1… host address.' })
  @IsEnum(IdentifierType)
  identifierType: IdentifierType;

  @Field(() => ID, { description: 'The customer who will see this node.' })
  @IsUUID()
  userId: string;

  @Field(() => String, { nullable: true, description: `Name shown to the customer (at most ${DISPLAY_NAME_MAX} characters).` })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX)
  @NoNulCharacter()
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'GPU type as rented, e.g. "8x H100".' })
  @IsOptional()
  @IsString()
  @MaxLength(GPU_TYPE_MAX)
  @NoNulCharacter()
  gpuType?: string;

  @Field(() => String, { nullable: true, description: 'Where the server runs, e.g. "Frankfurt".' })
  @IsOptional()
  @IsString()
  @MaxLength(REGION_MAX)
  @NoNulCharacter()
  region?: string;
}

@InputType({ description: 'Remove a node from its customer (the node and its history stay).' })
export class UnassignNodeInput {
  @Field(() => ID, { description: 'The node to unlink.' })
  @IsUUID()
  nodeId: string;
}
