import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { hashPassword } from '../auth/password-hasher.js';
import { NodeAssignmentService } from '../nodes/node-assignment.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import { ChannelsService } from '../notifications/channels.service.js';
import { ensureDemoChannels } from './demo-channels.js';
import { scriptDemoStory } from './demo-story.js';

/** Demo accounts (demo mode only, i.e. the simulator is the network). Also written in the README. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@minegnk.demo', password: 'demo-admin-2026' },
  customer: { email: 'customer@minegnk.demo', password: 'demo-customer-2026' },
};
const DEMO_NODES = 12;

/**
 * In demo mode, makes sure a demo admin and a demo customer exist and the customer owns a dozen
 * simulator hosts, so a fresh `npm start` shows live data at once. Idempotent; never runs against
 * real upstreams.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(DemoSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly assignment: NodeAssignmentService,
    private readonly channels: ChannelsService,
    @Inject(UPSTREAM_ENDPOINTS) private readonly upstreams: UpstreamEndpoints,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.upstreams.demo || this.config.env.NODE_ENV === 'test') return;
    // Published passwords must never open a production server, even one left in demo mode.
    if (this.config.isProduction) {
      this.log.warn('demo mode in production: demo accounts are not created; use ADMIN_EMAIL/ADMIN_PASSWORD');
      return;
    }
    const adminId = await this.ensureUser(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password, 'admin');
    const customerId = await this.ensureUser(DEMO_ACCOUNTS.customer.email, DEMO_ACCOUNTS.customer.password, 'user');
    const sim = this.upstreams.simulator!;
    const addresses = sim.addresses().slice(0, DEMO_NODES);
    for (const line of await scriptDemoStory(sim, addresses)) this.log.log(`demo story: demo-node-${String(line.node).padStart(2, '0')} ${line.what}`);
    for (const [i, identifier] of addresses.entries()) {
      // A new link also goes into the customer's activity feed, as an admin's assignment would.
      await this.assignment.ensureAssigned(identifier, `demo-node-${String(i + 1).padStart(2, '0')}`, customerId, adminId);
    }
    const { admin, customer } = DEMO_ACCOUNTS;
    const ids = { customer: customerId, admin: adminId };
    for (const line of await ensureDemoChannels(this.channels, sim, ids, { customer: customer.email, admin: admin.email }))
      this.log.log(`demo channels: ${line}`);
    this.log.log(`demo accounts: ${customer.email} / ${customer.password} (customer, ${DEMO_NODES} nodes), ${admin.email} / ${admin.password} (admin)`);
  }

  private async ensureUser(email: string, password: string, role: 'user' | 'admin'): Promise<string> {
    const found = await this.users.findIdByEmail(email);
    if (found) return found;
    return this.users.insertOrGetId({ email, passwordHash: await hashPassword(password), role });
  }
}
