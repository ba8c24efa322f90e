/**
 * dapi `/v1` JSON (Go encoding/json on gogoproto structs): ints are numbers and zero/empty fields
 * are omitted. The active-participant list of an epoch never changes once the epoch started, so it
 * is built once per epoch.
 */
import { pocStartHeight, EPOCH_LENGTH_BLOCKS } from '../clock.js';
import type { EpochPlan, MemberPlan } from '../epoch-plan.js';
import { BoundedMemo } from '../memo.js';
import { hash32, Rng, Topic } from '../prng.js';
import { inferenceUrl, type SimContext } from './context.js';

/** Block offsets of the epoch group's creation, as in the real epoch-105 sample. */
const CREATED_AT_OFFSET = 185;
const EFFECTIVE_OFFSET = 187;

export class ActiveParticipantsView {
  private readonly byEpoch = new BoundedMemo<string, ReturnType<ActiveParticipantsView['build']>>(4);
  /** Serialized bodies by epoch, host-script revision and number of exclusions so far: the only parts that change. */
  private readonly texts = new BoundedMemo<string, string>(4);

  constructor(private readonly ctx: SimContext) {}

  /** The `/v1/epochs/{n}/participants` body as JSON text; exclusions appear once they happened. */
  text(epoch: number, visibleUntilProgress: number): string {
    const excluded = this.excluded(epoch, visibleUntilProgress);
    const revision = this.ctx.state.revision;
    return this.texts.get(`${epoch}:${revision}:${excluded.length}`, () => {
      const stable = this.byEpoch.get(`${epoch}:${revision}`, () => this.build(this.ctx.state.plan(epoch)));
      return JSON.stringify({ ...stable, excluded_participants: excluded });
    });
  }

  private excluded(epoch: number, visibleUntilProgress: number) {
    const { state } = this.ctx;
    return state
      .plan(epoch)
      .members.filter((m) => m.exclusion && m.exclusion.atProgress <= visibleUntilProgress)
      .map((m) => ({
        address: state.hosts[m.host].address,
        reason: m.exclusion!.reason,
        exclusion_block_height: pocStartHeight(epoch) + Math.floor(m.exclusion!.atProgress * EPOCH_LENGTH_BLOCKS),
      }))
      .sort((a, b) => a.exclusion_block_height - b.exclusion_block_height);
  }

  private build(plan: EpochPlan) {
    const { state } = this.ctx;
    const start = pocStartHeight(plan.epoch);
    const rng = new Rng(hash32(state.seed, Topic.signature, plan.epoch));
    return {
      active_participants: {
        participants: plan.members.map((m) => this.participant(m, plan.epoch)),
        epoch_group_id: plan.epoch,
        poc_start_block_height: start,
        effective_block_height: start + EFFECTIVE_OFFSET,
        created_at_block_height: start + CREATED_AT_OFFSET,
        epoch_id: plan.epoch,
      },
      addresses: plan.members.map((m) => state.hosts[m.host].consensusHex),
      // The real field carries the signed proto bytes (megabytes); a short stand-in keeps the type.
      active_participants_bytes: rng.hex(48),
      proof_ops: null,
      validators: plan.members.map((m) => ({
        address: state.hosts[m.host].consensusHex,
        pub_key: state.hosts[m.host].validatorKey,
        voting_power: m.weight,
        proposer_priority: Math.floor(rng.next() * 2_000_000) - 1_000_000,
      })),
      block: null,
    };
  }

  private participant(m: MemberPlan, epoch: number) {
    const host = this.ctx.state.hosts[m.host];
    // ml_nodes[i] groups the ML nodes serving models[i].
    const groups = host.models.map((model) => ({
      ml_nodes: host.mlNodes.flatMap((node, k) =>
        node.model === model
          ? [
              {
                node_id: node.localId,
                ...(host.declaresThroughput ? { throughput: node.throughput } : {}),
                poc_weight: m.nodeWeights[k],
                timeslot_allocation: [true, k % 2 === 0],
              },
            ]
          : [],
      ),
    }));
    return {
      index: host.address,
      validator_key: host.validatorKey,
      weight: m.weight,
      inference_url: inferenceUrl(this.ctx, host.address),
      models: host.models,
      seed: { participant: host.address, epoch_index: epoch, signature: m.seedSignature },
      ml_nodes: groups,
      voting_powers: host.models.map((model, i) => ({
        model_id: model,
        voting_power: groups[i].ml_nodes.reduce((sum, n) => sum + n.poc_weight, 0),
      })),
    };
  }
}
