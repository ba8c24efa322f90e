/**
 * The simulated network as the routes see it: the host pool, the epoch clock, memoized epoch plans
 * and settlements, and per-host facts at the current instant (status, jail, health, live counts).
 */
import { compareBytes } from './addresses.js';
import { EpochClock, type ClockReading } from './clock.js';
import { buildEpochPlan, isExcludedAt, workloadAt, type EpochPlan, type EpochWorkload, type MemberPlan } from './epoch-plan.js';
import { activeJail, isOffline, lastEndedJail, type Interval } from './events.js';
import { generateHostProfiles, type HostProfile } from './host-profiles.js';
import { BoundedMemo } from './memo.js';
import { claimTime, settleEpoch, type EpochSettlement, type SettledResult } from './settlement.js';

/** Settled epochs available before the start epoch, so history charts have data from the first minute. */
export const HISTORY_EPOCHS = 20;

export interface NetworkConfig {
  seed: number;
  participants: number;
  epochDurationMs: number;
  startEpoch: number;
  now: () => number;
}

export type ParticipantStatus = 'ACTIVE' | 'INACTIVE' | 'INVALID';

export class NetworkState {
  readonly seed: number;
  readonly hosts: HostProfile[];
  /** Host indexes ordered by account bytes — the chain's store order for list queries. */
  readonly hostsInStoreOrder: number[];
  readonly clock: EpochClock;
  readonly earliestEpoch: number;
  private readonly hostByAddress = new Map<string, number>();
  private readonly hostByConsensus = new Map<string, number>();
  private readonly plans = new BoundedMemo<number, EpochPlan>(48);
  private readonly settlements = new BoundedMemo<number, EpochSettlement>(48);

  constructor(config: NetworkConfig) {
    this.seed = config.seed;
    this.hosts = generateHostProfiles(config.seed, config.participants, config.startEpoch);
    this.hostsInStoreOrder = this.hosts.map((h) => h.index).sort((a, b) => compareBytes(this.hosts[a].accountBytes, this.hosts[b].accountBytes));
    for (const h of this.hosts) {
      this.hostByAddress.set(h.address, h.index);
      this.hostByConsensus.set(h.consensusAddress, h.index);
    }
    this.clock = new EpochClock(config.now, config.epochDurationMs, config.startEpoch);
    this.earliestEpoch = Math.max(1, config.startEpoch - HISTORY_EPOCHS);
  }

  read(): ClockReading {
    return this.clock.read();
  }

  hostIndex(address: string): number | undefined {
    return this.hostByAddress.get(address);
  }

  hostIndexByConsensus(valcons: string): number | undefined {
    return this.hostByConsensus.get(valcons);
  }

  /** Epochs that exist: from the history window up to the current one. */
  isKnownEpoch(epoch: number, now: ClockReading): boolean {
    return Number.isInteger(epoch) && epoch >= this.earliestEpoch && epoch <= now.epoch;
  }

  plan(epoch: number): EpochPlan {
    return this.plans.get(epoch, () => buildEpochPlan(this.seed, this.hosts, epoch));
  }

  /** Settled results of a finished epoch (immutable: a pure function of seed and epoch). */
  settlement(epoch: number): EpochSettlement {
    return this.settlements.get(epoch, () => settleEpoch(this.plan(epoch)));
  }

  member(epoch: number, host: number): MemberPlan | null {
    const plan = this.plan(epoch);
    const i = plan.memberIndexByHost[host];
    return i < 0 ? null : plan.members[i];
  }

  settledResult(epoch: number, host: number): SettledResult | null {
    const i = this.plan(epoch).memberIndexByHost[host];
    return i < 0 ? null : this.settlement(epoch).results[i];
  }

  /** Whether the reward of a settled epoch has been claimed by time t. */
  isClaimed(epoch: number, result: SettledResult, t: number): boolean {
    return result.rewarded > 0n && t >= claimTime(this.seed, result.host, epoch);
  }

  liveWorkload(member: MemberPlan, now: ClockReading): EpochWorkload {
    return workloadAt(member, now.progress);
  }

  /** Chain status now: excluded hosts flip when removed; hosts outside the active set are INACTIVE. */
  statusNow(host: number, now: ClockReading): ParticipantStatus {
    const member = this.member(now.epoch, host);
    if (!member) return 'INACTIVE';
    return isExcludedAt(member, now.progress) && member.exclusion ? member.exclusion.status : 'ACTIVE';
  }

  isHealthy(host: number, t: number): boolean {
    return !isOffline(this.seed, host, t);
  }

  activeJail(host: number, t: number): Interval | null {
    return activeJail(this.seed, host, t);
  }

  /** jailed_until in wall ms: the running jail's end, else the last one's, else null (never jailed). */
  jailedUntilMs(host: number, t: number): number | null {
    const jail = activeJail(this.seed, host, t) ?? lastEndedJail(this.seed, host, t);
    return jail ? this.clock.wallTimeAt(jail.end) : null;
  }

  /** Most recent settled epoch (the one before the current). */
  latestSettledEpoch(now: ClockReading): number | null {
    return now.epoch - 1 >= this.earliestEpoch ? now.epoch - 1 : null;
  }
}
