import { Global, Module } from '@nestjs/common';
import { NOTIFICATION_OUTBOX } from '../notification.types.js';
import { NotificationsModule } from '../notifications.module.js';
import { UsersModule } from '../../users/users.module.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveriesHealth } from './deliveries-health.js';
import { DeliveriesResolver } from './deliveries.resolver.js';
import { DeliveriesService } from './deliveries.service.js';
import { DeliveryLoadersFactory } from './delivery-loaders.js';
import { DeliverySweeper } from './delivery-sweeper.js';
import { DeliveryWorker } from './delivery.worker.js';
import { OutboxService } from './outbox.service.js';
import { DELIVERY_FIELD_RESOLVERS } from './delivery-fields.wiring.js';

/**
 * Notification delivery: the outbox (NOTIFICATION_OUTBOX, for AlertsService), the pg-boss worker
 * that sends, the sweeper, and the delivery API. Global so the alerts module injects the outbox
 * without importing this one (which imports notifications, which alerts may not).
 */
@Global()
@Module({
  imports: [NotificationsModule, UsersModule],
  providers: [
    DeliveriesRepository,
    OutboxService,
    { provide: NOTIFICATION_OUTBOX, useExisting: OutboxService },
    DeliveryWorker,
    DeliverySweeper,
    DeliveriesHealth,
    DeliveriesService,
    DeliveriesResolver,
    DeliveryLoadersFactory,
    ...DELIVERY_FIELD_RESOLVERS,
  ],
  exports: [NOTIFICATION_OUTBOX, OutboxService, DeliveriesRepository, DeliveryLoadersFactory],
})
export class DeliveryModule {}
