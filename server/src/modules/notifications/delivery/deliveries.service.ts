import { Injectable } from '@nestjs/common';
import { NotFound } from '../../../common/domain-error.js';
import { type ConnectionArgs, type ConnectionResult, decodeCursor, encodeCursor, PAGE_SIZE_DEFAULT } from '../../../graphql/connection.js';
import { Db } from '../../../database/db.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { ChannelsRepository } from '../channels.repository.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { type NotificationDelivery, toDelivery } from './dto/delivery.model.js';
import { OutboxService } from './outbox.service.js';

/** What the API does with deliveries: channel tests and the admins' failure list. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly db: Db,
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelsRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Queues a TEST message to the caller's channel (same outbox and worker as alerts); returns it PENDING. */
  async sendTest(caller: AuthUser, channelId: string): Promise<NotificationDelivery> {
    const channel = await this.channels.findById(channelId, caller.id);
    if (!channel) throw new NotFound('Notification channel');
    return toDelivery(await this.db.transaction((tx) => this.outbox.enqueueTest(tx, channel)));
  }

  /** Every FAILED delivery, newest first. */
  async failed(args: ConnectionArgs): Promise<ConnectionResult<NotificationDelivery>> {
    const first = args.first ?? PAGE_SIZE_DEFAULT;
    const after = args.after ? decodeCursor(args.after, 'uuid') : null;
    const page = await this.deliveries.failedPage(first, after);
    const edges = page.rows.map(({ record, cursorAt }) => ({ cursor: encodeCursor(cursorAt, record.id), node: toDelivery(record) }));
    const deliveries = this.deliveries;
    return {
      edges,
      nodes: edges.map((e) => e.node),
      get totalCount() {
        return deliveries.failedCount();
      },
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
