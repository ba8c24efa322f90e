import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, ConnectionArgs } from '../../../graphql/connection.js';
import { JsonScalar } from '../../../graphql/scalars/json.scalar.js';
import { AlertKindEnum, AlertSeverityEnum } from '../../notifications/dto/alert-enums.js';
import type { AlertKind, AlertParams, AlertSeverity, AlertState } from '../alert.types.js';

// AlertKind and AlertSeverity are registered once, in notifications/dto/alert-enums.ts (merge of s-eval + s-chan).
export { AlertKindEnum, AlertSeverityEnum };
export const AlertStateEnum = { OPEN: 'OPEN', RESOLVED: 'RESOLVED' } as const;

registerEnumType(AlertStateEnum, { name: 'AlertState', description: 'OPEN while its condition holds (or until acknowledged, for notices); RESOLVED after.' });

@ObjectType({ description: 'One alert of the signed-in user (alerts are per recipient).' })
export class Alert {
  @Field(() => ID, { description: 'Opaque id (acknowledgeAlert takes it).' })
  id: string;

  @Field(() => AlertKindEnum, { description: 'What it is about.' })
  kind: AlertKind;

  @Field(() => AlertSeverityEnum, { description: 'How urgent: channels deliver from their minimum severity up.' })
  severity: AlertSeverity;

  @Field(() => AlertStateEnum, { description: 'OPEN or RESOLVED.' })
  state: AlertState;

  @Field(() => JsonScalar, { nullable: true, description: 'The codes and figures the texts are worded from (e.g. status, rule, epoch, amount in ngonka).' })
  params: AlertParams;

  @Field({ description: 'When the condition was first held (or the event happened).' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the condition cleared (or the notice was acknowledged); null while open.' })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  acknowledgedAt: Date | null;
}

@ObjectType({ description: 'A page of alerts, newest first.' })
export class AlertConnection extends Connection(Alert) {}

@ArgsType()
export class AlertsArgs extends ConnectionArgs {
  @Field(() => AlertStateEnum, { nullable: true, description: 'Only OPEN or only RESOLVED alerts.' })
  @IsOptional()
  @IsIn(['OPEN', 'RESOLVED'])
  state?: AlertState;

  @Field(() => ID, { nullable: true, description: 'Only the alerts about this node.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  nodeId?: string;
}
