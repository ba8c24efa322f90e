/**
 * The simulated network as the routes see it: the host pool, the epoch clock, memoized epoch plans
 * and settlements, and per-host facts at the current instant (status, jail, health, live counts).
 */
import { compareBytes } from './addresses.js';
import { EpochClock, HISTORY_EPOCH_MS, type ClockReading } from './clock.js';
import { buildEpochPlan, isExcludedAt, workloadAt, type EpochPlan, type EpochWorkload, type MemberPlan } from './epoch-plan.js';
import { activeJail, isOffline, lastEndedJail, laterEnding, type Interval } from './events.js';
import { generateHostProfiles, type HostProfile } from './host-profiles.js';
import { HostScripts, scriptedJail, type HostScript, type ScriptSegment } from './host-scripts.js';
import { BoundedMemo } from './memo.js';
import { claimTime, settleEpoch, type EpochSettlement, type SettledResult } from './settlement.js';

/** How far back the settled history reaches before the start epoch: a month-old network from the first minute. */
export const HISTORY_DAYS = 30;
/** Settled epochs before the start epoch, at the real cadence: enough to cover `HISTORY_DAYS` (30 epochs of 24 h). */
export const HISTORY_EPOCHS = Math.ceil((HISTORY_DAYS * 86_400_000) / HISTORY_EPOCH_MS);

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
  /** Wall time the earliest epoch of the history started (PoC start of `earliestEpoch`); fixed for the run. */
  readonly historyStartMs: number;
  private readonly hostByAddress = new Map<string, number>();
  private readonly hostByConsensus = new Map<string, number>();
  private readonly plans = new BoundedMemo<number, EpochPlan>(48);
  private readonly settlements = new BoundedMemo<number, EpochSettlement>(48);
  private readonly scripts = new HostScripts();
  /** Bumped on every script change, so views memoized per epoch rebuild. */
  private scriptRevision = 0;
  private liveEstimate: { key: string; settlement: EpochSettlement } | null = null;

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
    this.historyStartMs = this.clock.wallTimeAt(this.earliestEpoch);
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
    return this.plans.get(epoch, () => buildEpochPlan(this.seed, this.hosts, epoch, this.scripts));
  }

  get revision(): number {
    return this.scriptRevision;
  }

  /** Scripts `host` from `fromEpoch` (default: the current epoch) to `toEpoch` (default: open-ended). */
  scriptHost(host: number, script: HostScript): ScriptSegment {
    const now = this.read();
    const from = script.fromEpoch ?? now.epoch;
    const segment: ScriptSegment = {
      script,
      from,
      to: script.toEpoch ?? Number.POSITIVE_INFINITY,
      postedEpoch: now.epoch,
      postedProgress: now.progress,
      explicitFrom: script.fromEpoch !== undefined,
    };
    this.scripts.set(host, segment);
    this.invalidate(from, segment.to);
    return segment;
  }

  /** Back to the seeded behaviour from the current epoch on; settled epochs keep what they settled with. */
  clearHost(host: number): void {
    const now = this.read();
    this.scripts.set(host, {
      script: null,
      from: now.epoch,
      to: Number.POSITIVE_INFINITY,
      postedEpoch: now.epoch,
      postedProgress: now.progress,
      explicitFrom: false,
    });
    this.invalidate(now.epoch, Number.POSITIVE_INFINITY);
  }

  hostScript(host: number): ScriptSegment | null {
    return this.scripts.latest(host);
  }

  clearAllScripts(): void {
    const scripted = this.scripts.hosts().length > 0;
    this.scripts.clear();
    if (scripted) this.invalidate(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  private invalidate(from: number, to: number): void {
    const covered = (epoch: number) => from <= epoch && epoch <= to;
    this.plans.deleteWhere(covered);
    this.settlements.deleteWhere(covered);
    this.liveEstimate = null;
    this.scriptRevision++;
  }

  /** The running epoch settled as if it ended now (the chain's estimate_bitcoin_reward). */
  estimateNow(host: number, now: ClockReading): SettledResult | null {
    const i = this.plan(now.epoch).memberIndexByHost[host];
    if (i < 0) return null;
    const key = `${now.epoch}:${now.blockHeight}:${this.scriptRevision}`;
    if (this.liveEstimate?.key !== key) this.liveEstimate = { key, settlement: settleEpoch(this.plan(now.epoch), now.progress) };
    return this.liveEstimate.settlement.results[i];
  }

  /** Settled results of a finished epoch (a pure function of seed, epoch and the scripts naming it). */
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
    const claim = this.scripts.at(result.host, epoch)?.script?.claim;
    if (claim === false) return false;
    return result.rewarded > 0n && t >= claimTime(this.seed, result.host, epoch, claim === true);
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
    const offline = this.scripts.at(host, Math.floor(t))?.script?.offline;
    return offline === undefined ? !isOffline(this.seed, host, t) : !offline;
  }

  activeJail(host: number, t: number): Interval | null {
    const segment = this.scripts.at(host, Math.floor(t));
    const scripted = segment ? scriptedJail(segment, t) : undefined;
    return scripted === undefined ? activeJail(this.seed, host, t) : scripted;
  }

  /** jailed_until in wall ms: the running jail's end, else the last one's (seeded or scripted), else null (never jailed). */
  jailedUntilMs(host: number, t: number): number | null {
    const jail = this.activeJail(host, t) ?? laterEnding(lastEndedJail(this.seed, host, t), this.scripts.lastEndedJail(host, t));
    return jail ? this.clock.wallTimeAt(jail.end) : null;
  }

  /** Most recent settled epoch (the one before the current). */
  latestSettledEpoch(now: ClockReading): number | null {
    return now.epoch - 1 >= this.earliestEpoch ? now.epoch - 1 : null;
  }
}
