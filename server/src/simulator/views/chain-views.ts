/**
 * `/chain-api` JSON (grpc-gateway): 64-bit ints as strings, enums as names, defaults emitted.
 * Shapes follow the fixtures in /work/shared/fixtures/gonka.
 */
import type { ClockReading } from '../clock.js';
import { EPOCH_LENGTH_BLOCKS, phaseAtBlockOffset, pocStartHeight } from '../clock.js';
import type { EpochWorkload } from '../epoch-plan.js';
import type { SettledResult } from '../settlement.js';
import { inferenceUrl, type SimContext } from './context.js';
import { chainDecimal, joinTimeMs, NEVER, rfc3339 } from './format.js';

const NO_WORK: EpochWorkload = { inferences: 0, missed: 0, validated: 0, invalidated: 0, earnedFees: 0 };

export function chainParticipant(ctx: SimContext, hostIndex: number, now: ClockReading) {
  const { state } = ctx;
  const host = state.hosts[hostIndex];
  const member = state.member(now.epoch, hostIndex);
  const work = member ? state.liveWorkload(member, now) : NO_WORK;
  const status = state.statusNow(hostIndex, now);
  return {
    index: host.address,
    address: host.address,
    weight: -1, // the chain keeps -1/1 here; real weights come from the epoch's participant list
    join_time: String(joinTimeMs(host.joinHeight)),
    join_height: String(host.joinHeight),
    last_inference_time: work.inferences > 0 ? String(Math.floor(now.wallMs - 1000 * (hostIndex % 60))) : '0',
    inference_url: inferenceUrl(ctx, host.address),
    status,
    coin_balance: String(work.earnedFees),
    validator_key: host.validatorKey,
    consecutive_invalid_inferences: String(status === 'INVALID' ? work.invalidated : 0),
    worker_public_key: '',
    epochs_completed: Math.max(0, now.epoch - host.joinEpoch - 1),
    current_epoch_stats: {
      inference_count: String(work.inferences),
      missed_requests: String(work.missed),
      earned_coins: String(work.earnedFees),
      rewarded_coins: '0', // written only at settlement, into epoch_performance_summary
      burned_coins: '0',
      validated_inferences: String(work.validated),
      invalidated_inferences: String(work.invalidated),
      invalidLLR: chainDecimal(-1.5 - work.inferences / 1000 + work.invalidated * 0.4, -3),
      inactiveLLR: chainDecimal(-0.4 + work.missed * 0.1, -3),
      confirmationPoCRatio: chainDecimal(member?.confirmationPocRatio ?? 0, -16),
    },
  };
}

export function performanceSummaryRow(ctx: SimContext, epoch: number, result: SettledResult, now: ClockReading) {
  const w = result.workload;
  return {
    epoch_index: String(epoch),
    participant_id: ctx.state.hosts[result.host].address,
    inference_count: String(w.inferences),
    missed_requests: String(w.missed),
    earned_coins: String(w.earnedFees),
    rewarded_coins: result.rewarded.toString(),
    burned_coins: '0',
    validated_inferences: String(w.validated),
    invalidated_inferences: String(w.invalidated),
    claimed: ctx.state.isClaimed(epoch, result, now.t),
  };
}

/** ML node status as the host's node API last reported it. */
export function mlNodeStatus(ctx: SimContext, hostIndex: number, now: ClockReading): string {
  if (!ctx.state.isHealthy(hostIndex, now.t)) return 'FAILED';
  if (!ctx.state.member(now.epoch, hostIndex)) return 'STOPPED';
  const offset = now.blockHeight - pocStartHeight(now.epoch);
  return phaseAtBlockOffset(offset) === 'Inference' ? 'INFERENCE' : 'POC';
}

export function hardwareNodes(ctx: SimContext, hostIndex: number, now: ClockReading) {
  const host = ctx.state.hosts[hostIndex];
  const status = mlNodeStatus(ctx, hostIndex, now);
  return {
    participant: host.address,
    hardware_nodes: host.mlNodes.map((node) => ({
      local_id: node.localId,
      status,
      models: [node.model],
      hardware: [{ type: node.gpu.hardwareType, count: node.gpuCount }],
      host: node.host,
      port: node.port,
      version: node.version,
    })),
  };
}

export function stakingValidator(ctx: SimContext, hostIndex: number, now: ClockReading) {
  const { state } = ctx;
  const host = state.hosts[hostIndex];
  const jail = state.activeJail(hostIndex, now.t);
  const member = state.member(now.epoch, hostIndex);
  const tokens = String(member?.weight ?? 0);
  const bondStatus = jail ? 'BOND_STATUS_UNBONDING' : member ? 'BOND_STATUS_BONDED' : 'BOND_STATUS_UNBONDED';
  const jailStartMs = jail ? state.clock.wallTimeAt(jail.start) : 0;
  return {
    operator_address: host.operatorAddress,
    consensus_pubkey: { '@type': '/cosmos.crypto.ed25519.PubKey', key: host.validatorKey },
    jailed: jail !== null,
    status: bondStatus,
    tokens,
    delegator_shares: `${tokens}.000000000000000000`,
    description: { moniker: host.moniker, identity: '', website: host.website, security_contact: '', details: '' },
    unbonding_height: jail ? String(blockAt(jail.start)) : '0',
    unbonding_time: jail ? rfc3339(jailStartMs + 21 * 24 * 3600 * 1000) : NEVER,
    commission: {
      commission_rates: { rate: '0.000000000000000000', max_rate: '0.000000000000000000', max_change_rate: '0.000000000000000000' },
      update_time: rfc3339(joinTimeMs(host.joinHeight)),
    },
    min_self_delegation: '1',
    unbonding_on_hold_ref_count: '0',
    unbonding_ids: [],
  };
}

export function signingInfo(ctx: SimContext, hostIndex: number, now: ClockReading) {
  const { state } = ctx;
  const host = state.hosts[hostIndex];
  const jailedUntil = state.jailedUntilMs(hostIndex, now.t);
  const jailed = state.activeJail(hostIndex, now.t) !== null;
  return {
    address: host.consensusAddress,
    start_height: String(host.joinHeight),
    index_offset: String(Math.max(0, now.blockHeight - host.joinHeight)),
    jailed_until: jailedUntil === null ? NEVER : rfc3339(jailedUntil),
    tombstoned: false,
    missed_blocks_counter: String(jailed ? 500 + (hostIndex % 400) : hostIndex % 60),
  };
}

function blockAt(t: number): number {
  const epoch = Math.floor(t);
  return pocStartHeight(epoch) + Math.floor((t - epoch) * EPOCH_LENGTH_BLOCKS);
}
