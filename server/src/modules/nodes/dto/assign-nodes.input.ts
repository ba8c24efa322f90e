import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { IdentifierType } from './node.model.js';

/** At most this many lines per call: 20 rented servers is the usual case; 500 keeps one transaction short. */
export const BULK_ASSIGN_MAX_LINES = 500;
/**
 * Loose edge bounds on a line's raw text: anything longer is not a list line but a pasted document.
 * Identifiers and names within them are judged per line (INVALID), not as a failed call.
 */
export const BULK_LINE_TEXT_MAX = 512;

@InputType({ description: 'One line of a bulk assignment: an identifier and, optionally, the name the customer sees.' })
export class AssignNodesLineInput {
  @Field({ description: 'e.g. a gonka1… host address; a malformed one makes this line INVALID (the others go on).' })
  @IsString()
  @MaxLength(BULK_LINE_TEXT_MAX)
  @NoNulCharacter()
  identifier: string;

  @Field(() => String, { nullable: true, description: 'Name shown to the customer (at most 100 characters, else the line is INVALID).' })
  @IsOptional()
  @IsString()
  @MaxLength(BULK_LINE_TEXT_MAX)
  @NoNulCharacter()
  displayName?: string | null;
}

@InputType({ description: 'Assign a list of identifiers to one customer in one call.' })
export class AssignNodesInput {
  @Field(() => ID, { description: 'The customer who will see these nodes.' })
  @IsUUID()
  userId: string;

  @Field(() => [AssignNodesLineInput], { description: `The lines, in the order pasted (1..${BULK_ASSIGN_MAX_LINES}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_ASSIGN_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => AssignNodesLineInput)
  lines: AssignNodesLineInput[];

  @Field(() => IdentifierType, {
    defaultValue: IdentifierType.WALLET,
    description: 'The kind of every identifier in the list (WALLET: gonka1… host addresses).',
  })
  @IsEnum(IdentifierType)
  identifierType: IdentifierType = IdentifierType.WALLET;

  @Field({ defaultValue: false, description: 'true: unless every line can be assigned (or already is this customer’s), nothing is.' })
  @IsBoolean()
  allOrNothing: boolean = false;
}
