import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { Network, SupportRequestType } from '../support/dto/support.enums.js';
import { SupportRequestsService } from '../support/support-requests.service.js';

const DAY_MS = 86_400_000;

/**
 * The demo customer's requests for more nodes, as the add-node form would send them, with how many
 * days ago they were sent and, for one, when support took it (assigned, with a note for the customer).
 */
export const DEMO_NEW_NODE_REQUESTS = [
  {
    gpuType: 'H100 80GB',
    quantity: 8,
    budget: 'up to $17/h',
    comments: 'A second 8× H100 server, like demo-node-01.',
    daysAgo: 6,
    takenDaysAgo: 5,
    note: 'Looking for an 8× H100 host for you; we confirm the price before it is set up.',
  },
  { gpuType: 'H200', quantity: 4, budget: null, comments: 'Four H200 to try the larger models.', daysAgo: 2, takenDaysAgo: null, note: null },
];

/**
 * New-node requests of the demo customer (issue #16), waiting in support's queue. Made through
 * SupportRequestsService.create and update, the paths a customer's request and support's answer
 * take, dated days back (issue #15: the feed tells a month-old account's story, not the seed's
 * start): each keeps the expected earnings the form would have shown, computed then by
 * ExpectedEarningsService — none when the network cannot say (the request is still made). Only for
 * a customer without any request, so a restart adds nothing and a request support already handled
 * is not made again.
 */
@Injectable()
export class DemoRequestsService {
  private readonly log = new Logger(DemoRequestsService.name);

  constructor(private readonly requests: SupportRequestsService) {}

  async seed(customer: AuthUser, admin: AuthUser, now = Date.now()): Promise<void> {
    if ((await this.requests.listMine(customer, { first: 1 })).nodes.length > 0) return;
    for (const { daysAgo, takenDaysAgo, note, ...r } of DEMO_NEW_NODE_REQUESTS) {
      const made = await this.requests.create(customer, { type: SupportRequestType.NEW_NODE, network: Network.GONKA, ...r }, new Date(now - daysAgo * DAY_MS));
      if (takenDaysAgo !== null)
        await this.requests.update(admin, made.id, { assignedToId: admin.id, adminNotes: note }, new Date(now - takenDaysAgo * DAY_MS));
      const expected = made.expectedEarnings ? `expects ${made.expectedEarnings.perEpoch} GNK per epoch` : 'no expectation (the network could not say)';
      this.log.log(`demo requests: ${r.quantity}× ${r.gpuType}, sent ${daysAgo} days ago, ${expected}`);
    }
  }
}
