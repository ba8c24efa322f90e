import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { ConnectionArgs } from '../../../graphql/connection.js';
import { NodeStatus } from '../../../network/node-status.js';

export const SEARCH_MAX = 100;

export enum NodeOrderField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
  STATUS = 'STATUS',
  EARNINGS_TOTAL = 'EARNINGS_TOTAL',
}
registerEnumType(NodeOrderField, { name: 'NodeOrderField', description: 'What node lists can be ordered by.' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending or descending.' });

@InputType({ description: 'Node list filters; all given filters must match. Status is as of the last refresh.' })
export class NodesFilterInput {
  @Field(() => [NodeStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(NodeStatus, { each: true })
  status?: NodeStatus[];

  @Field(() => String, { nullable: true, description: 'A GPU model the node reports on chain contains this text (case-insensitive), as of the last refresh.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NoNulCharacter()
  gpuType?: string;

  @Field(() => String, { nullable: true, description: 'Identifier or display name contains this text.' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX)
  @NoNulCharacter()
  search?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Admins' `nodes` only: the nodes this user owns now (e.g. to link a request's nodes). `myNodes` is always the caller's own: BAD_USER_INPUT there.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a user id' })
  ownerId?: string;
}

@InputType({ description: 'Order of a node list.' })
export class NodeOrderInput {
  @Field(() => NodeOrderField, { description: 'The value to order by.' })
  @IsEnum(NodeOrderField)
  field: NodeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction; ties are broken by id.' })
  @IsEnum(OrderDirection)
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class NodesArgs extends ConnectionArgs {
  @Field(() => NodesFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NodesFilterInput)
  filter?: NodesFilterInput;

  @Field(() => NodeOrderInput, { nullable: true, description: 'Default: newest assignment first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NodeOrderInput)
  orderBy?: NodeOrderInput;
}
