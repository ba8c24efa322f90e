import { Injectable } from '@nestjs/common';
import { PeekableLoader } from '../../../common/peekable-loader.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import type { DeliveryRecord } from './delivery.types.js';

/** The deliveries' per-request loaders (composed in graphql/request-loaders.ts). */
export interface DeliveryLoaders {
  /** Keyed by channel id: its newest delivery, or null (NotificationChannel.lastDelivery). */
  lastDeliveryByChannel: PeekableLoader<string, DeliveryRecord | null>;
  /** Keyed by alert id: its deliveries, oldest first (Alert.deliveries). */
  deliveriesByAlert: PeekableLoader<string, DeliveryRecord[]>;
}

@Injectable()
export class DeliveryLoadersFactory {
  constructor(private readonly deliveries: DeliveriesRepository) {}

  create(): DeliveryLoaders {
    return {
      lastDeliveryByChannel: new PeekableLoader(async (ids) => {
        const found = new Map((await this.deliveries.lastByChannels(ids)).map((d) => [d.channelId, d]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      deliveriesByAlert: new PeekableLoader(async (ids) => {
        const byAlert = new Map<string, DeliveryRecord[]>(ids.map((id) => [id, []]));
        for (const d of await this.deliveries.byAlerts(ids)) byAlert.get(d.alertId!)?.push(d);
        return ids.map((id) => byAlert.get(id) ?? []);
      }),
    };
  }
}
