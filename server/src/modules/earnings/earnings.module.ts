import { Module } from '@nestjs/common';
import { EarningsService } from './earnings.service.js';
import { NodeHistoryResolver } from './node-history.resolver.js';

@Module({ providers: [EarningsService, NodeHistoryResolver], exports: [EarningsService] })
export class EarningsModule {}
