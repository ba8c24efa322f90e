import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { hashPassword } from '../auth/password-hasher.js';
import { NodeAssignmentService } from '../nodes/node-assignment.service.js';
import { NodeStatusRepository } from '../nodes/node-status.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import { ChannelsService } from '../notifications/channels.service.js';
import { ensureDemoChannels } from './demo-channels.js';
import { scriptDemoStory } from './demo-story.js';
import { CloudInstancesService } from '../cloud/cloud-instances.service.js';
import { linkDemoCloudInstances } from '../cloud/demo-cloud-links.js';
import { DemoRentsService } from './demo-rents.js';
import { DemoRequestsService } from './demo-requests.js';
import { DemoPastService } from './demo-past.js';
import type { RunningSimulator } from '../../simulator/index.js';
import { RefresherService } from '../../jobs/refresher.service.js';
import { EarningsSyncService } from '../earnings/earnings-sync.service.js';
import { pocStartHeight } from '../../simulator/clock.js';

/** Demo accounts (demo mode only, i.e. the simulator is the network). Also written in the README. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@minegnk.demo', password: 'demo-admin-2026' },
  customer: { email: 'customer@minegnk.demo', password: 'demo-customer-2026' },
};
const DEMO_NODES = 12;

/**
 * In demo mode, makes sure a demo admin and a demo customer exist and the customer owns a dozen
 * simulator hosts — single servers of 1–8 GPUs, assigned when the simulator's settled month begins —
 * so a fresh `npm start` shows a month-old account at once: the refresh it starts right away
 * back-fills that month (the simulator has no rate limit in demo mode, so it is one refresh); two
 * new-node requests of the customer wait in support's queue (demo-requests.ts).
 * Idempotent; never runs against real upstreams.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(DemoSeedService.name);
  private closing = false;

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly assignment: NodeAssignmentService,
    private readonly channels: ChannelsService,
    private readonly demoRents: DemoRentsService,
    private readonly demoRequests: DemoRequestsService,
    private readonly demoPast: DemoPastService,
    private readonly refresher: RefresherService,
    private readonly earningsSync: EarningsSyncService,
    private readonly statuses: NodeStatusRepository,
    @Inject(UPSTREAM_ENDPOINTS) private readonly upstreams: UpstreamEndpoints,
    private readonly cloud: CloudInstancesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.upstreams.demo || this.config.env.NODE_ENV === 'test') return;
    // Published passwords must never open a production server, even one left in demo mode.
    if (this.config.isProduction) {
      this.log.warn('demo mode in production: demo accounts are not created; use ADMIN_EMAIL/ADMIN_PASSWORD');
      return;
    }
    const started = Date.now();
    const adminId = await this.ensureUser(DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password, 'admin');
    const customerId = await this.ensureUser(DEMO_ACCOUNTS.customer.email, DEMO_ACCOUNTS.customer.password, 'user');
    const sim = this.upstreams.simulator!;
    const addresses = sim.singleServerHosts().slice(0, DEMO_NODES);
    // First, so no refresh tracks them again: demo nodes an earlier seed chose are not on this network.
    await this.dropEarlierDemoNodes(customerId, addresses);
    // A new simulator is a new network: what an earlier run stored is on another timeline.
    const forgotten = await this.earningsSync.forgetSettledHistory((epoch) => pocStartHeight(epoch + 1));
    if (forgotten) this.log.log(`demo history: ${forgotten} settled epochs of an earlier run dropped (the simulator's month starts anew)`);
    for (const line of await scriptDemoStory(sim, addresses)) this.log.log(`demo story: demo-node-${String(line.node).padStart(2, '0')} ${line.what}`);
    // Assigned when the simulator's history begins: the account is a month old (its ownership periods start then).
    const since = new Date(sim.historyStartMs);
    for (const [i, identifier] of addresses.entries()) {
      // A new link also goes into the customer's activity feed, as an admin's assignment would.
      await this.assignment.ensureAssigned(identifier, `demo-node-${String(i + 1).padStart(2, '0')}`, customerId, adminId, since);
    }
    this.log.log(`demo cloud: ${await linkDemoCloudInstances(this.cloud, addresses)} nodes linked to their simulated Gcore instances`);
    await this.demoRents.seed(addresses, adminId);
    await this.demoRequests.seed(
      { id: customerId, email: DEMO_ACCOUNTS.customer.email, role: 'user' },
      { id: adminId, email: DEMO_ACCOUNTS.admin.email, role: 'admin' },
    );
    void this.loadHistory(sim, addresses).catch((e: Error) => this.log.warn(`demo history: ${e.message}`));
    const { admin, customer } = DEMO_ACCOUNTS;
    const ids = { customer: customerId, admin: adminId };
    for (const line of await ensureDemoChannels(this.channels, sim, ids, { customer: customer.email, admin: admin.email }))
      this.log.log(`demo channels: ${line}`);
    this.log.log(`demo accounts: ${customer.email} / ${customer.password} (customer, ${DEMO_NODES} nodes), ${admin.email} / ${admin.password} (admin)`);
    this.log.log(`demo seed: ready in ${Date.now() - started} ms (the month loads in the background)`);
  }

  /**
   * The first refresh may have started before the nodes were linked; a second one then picks them
   * up. Summaries already read are cached for good, so that costs no upstream call. Then the nodes'
   * past epochs as the portal would have watched them (demo-past.ts: the Metrics tab's month), dated
   * by the epoch ends that refresh stored. In the background: start-up does not wait for the month.
   */
  private async loadHistory(sim: RunningSimulator, addresses: readonly string[]): Promise<void> {
    const started = Date.now();
    // Not one that began before the forget: it read the earlier run's epochs as stored.
    let report = await this.refresher.refreshAfterRunning();
    if (report.tracked < DEMO_NODES && !this.closing) report = await this.refresher.refreshNow();
    this.log.log(`demo history: ${report.earningsRows} epoch rewards stored in ${Date.now() - started} ms${report.error ? ` (${report.error})` : ''}`);
    if (this.closing) return;
    const pastStarted = Date.now();
    const past = await this.demoPast.seed(sim, addresses);
    this.log.log(
      `demo past: ${past.epochs} epochs read back, ${past.samples} samples, ${past.events} status events, ${past.feedLines} feed lines in ${Date.now() - pastStarted} ms`,
    );
  }

  /** A data dir seeded by an earlier version holds other demo nodes under the same names: they are removed. */
  private async dropEarlierDemoNodes(customerId: string, current: readonly string[]): Promise<void> {
    const keep = new Set(current);
    for (const n of await this.statuses.ownedNodeStatuses(customerId)) {
      if (!/^demo-node-\d+$/.test(n.name) || keep.has(n.identifier)) continue;
      await this.assignment.eraseDemoOwnership(n.id, customerId);
      this.log.log(`demo: ${n.name} (${n.identifier}) from an earlier seed removed with its history`);
    }
  }

  /** Shutting down: no second refresh (the running one is let finish by the refresher). */
  onModuleDestroy(): void {
    this.closing = true;
  }

  private async ensureUser(email: string, password: string, role: 'user' | 'admin'): Promise<string> {
    const found = await this.users.findIdByEmail(email);
    if (found) return found;
    return this.users.insertOrGetId({ email, passwordHash: await hashPassword(password), role });
  }
}
