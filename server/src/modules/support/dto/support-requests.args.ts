import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../../../graphql/connection.js';
import { SupportRequestStatus } from './support.enums.js';

@ArgsType()
export class SupportRequestsArgs extends ConnectionArgs {
  @Field(() => SupportRequestStatus, { nullable: true, description: 'Only requests in this status.' })
  @IsOptional()
  @IsEnum(SupportRequestStatus)
  status?: SupportRequestStatus;
}
