import { Inject, Injectable, Logger } from '@nestjs/common';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { HISTORY_DAYS } from '../../simulator/network-state.js';
import type { GonkaNodeClient } from '../../upstream/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import { RentPeriod } from '../rents/dto/node-rent.model.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import { RentsService } from '../rents/rents.service.js';

/** Demo prices per GPU-hour by GPU model (what GPU clouds asked in 2026), USD. */
const PER_GPU_HOUR: [RegExp, string][] = [
  [/B200/i, '2.50'],
  [/H200/i, '2.35'],
  [/H100/i, '2.10'],
  [/A100/i, '1.50'],
];
const DEFAULT_PER_GPU_HOUR = '1.80';

function day(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** rate × gpus, exact in cents (rates have two decimals, counts are integers): no float on the way. */
function times(rate: string, count: number): string {
  const cents = BigInt(rate.replace('.', '')) * BigInt(count);
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/**
 * Rents for the demo customer's nodes (issue #16), by each host's GPUs as the simulator reports them:
 * most per hour, one per month, and one with a lower rate from the 16th of the month (a change
 * mid-month). Only nodes without any rent get one, so a restart changes nothing.
 */
@Injectable()
export class DemoRentsService {
  private readonly log = new Logger(DemoRentsService.name);

  constructor(
    private readonly rents: RentsService,
    private readonly nodes: NodeLookupsRepository,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async seed(addresses: readonly string[], adminId: string): Promise<void> {
    const ids = await this.nodes.idsByIdentifier(addresses);
    const existing = await this.rents.entriesFor([...ids.values()]);
    const admin: AuthUser = { id: adminId, email: 'demo-admin', role: 'admin' };
    const now = new Date();
    // From the day the demo's history begins, when its nodes were assigned: no rent before a node
    // could earn anything (it started 40 days back: a month's first line carried days of rent).
    const from = day(new Date(now.getTime() - HISTORY_DAYS * 86_400_000));
    // The 16th of this month once it has passed, else of the last one: always inside the history.
    const sixteenth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (now.getUTCDate() > 16 ? 0 : 1), 16));
    let seeded = 0;
    for (const [i, address] of addresses.entries()) {
      const nodeId = ids.get(address);
      if (!nodeId || existing.has(nodeId)) continue;
      const gpus = await this.gpusOf(address);
      const rate = PER_GPU_HOUR.find(([model]) => model.test(gpus.type))?.[1] ?? DEFAULT_PER_GPU_HOUR;
      const hourly = times(rate, gpus.count);
      const set = (amount: string, period: RentPeriod, validFrom: string) =>
        this.rents.set(admin, { nodeIds: [nodeId], amount, currency: 'USD', period, validFrom });
      if (i === 2) await set(times(rate, gpus.count * 720), RentPeriod.MONTH, from);
      else await set(hourly, RentPeriod.HOUR, from);
      if (i === 0) await set(times(rate === '1.50' ? '1.40' : '1.90', gpus.count), RentPeriod.HOUR, day(sixteenth));
      seeded++;
    }
    if (seeded) this.log.log(`demo rents: ${seeded} nodes, from ${from} (demo-node-01 changes on ${day(sixteenth)})`);
  }

  /** The host's main GPU model and count; 8 × H100 when the simulator cannot say. */
  private async gpusOf(address: string): Promise<{ type: string; count: number }> {
    try {
      const hw = await this.gonka?.hardwareNodes(address);
      const all = hw?.nodes.flatMap((n) => n.hardware) ?? [];
      const count = all.reduce((s, h) => s + h.count, 0);
      if (count > 0) return { type: all.sort((a, b) => b.count - a.count)[0].type, count };
    } catch {
      // A demo without hardware data still gets rents.
    }
    return { type: 'H100', count: 8 };
  }
}
