import { Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository.js';
import { ActivityService } from './activity.service.js';

@Module({ providers: [ActivityRepository, ActivityService], exports: [ActivityService] })
export class ActivityModule {}
