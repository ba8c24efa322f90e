/**
 * Hyperfusion tracker routes, served under `${url}/hyperfusion` (so `hyperfusionUrl` is that
 * prefix and the adapter appends `/api/v1/...` exactly as for tracker.gonka.hyperfusion.io).
 */
import { EPOCH_LENGTH_BLOCKS, epochStages, pocStartHeight, type ClockReading } from '../clock.js';
import type { MemberPlan } from '../epoch-plan.js';
import { errorReply, HYPERFUSION_PREFIX, ok, type Reply, type RequestContext, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';
import { mlNodeStatus } from '../views/chain-views.js';
import { pythonIso, rfc3339Fixed9 } from '../views/format.js';
import { hyperfusionParticipant, wholeGnk } from '../views/hyperfusion-views.js';
import { participantInferences } from '../views/inference-jobs-views.js';

const API = `${HYPERFUSION_PREFIX}/api/v1`;
const REWARD_HISTORY_EPOCHS = 6;

export function hyperfusionRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  const avgBlockTime = (): number => Math.round((state.clock.epochDurationMs / 1000 / EPOCH_LENGTH_BLOCKS) * 1e4) / 1e4;

  const epochBody = (epoch: number): Reply => {
    const now = state.read();
    const isCurrent = epoch === now.epoch;
    const plan = state.plan(epoch);
    const totalGnk = isCurrent ? null : state.settlement(epoch).results.reduce((sum, r) => sum + wholeGnk(r.rewarded), 0);
    return ok({
      epoch_id: epoch,
      height: isCurrent ? now.blockHeight : pocStartHeight(epoch + 1) - 1,
      cached_at: pythonIso(now.wallMs),
      is_current: isCurrent,
      total_assigned_rewards_gnk: totalGnk,
      current_block_height: now.blockHeight,
      current_block_timestamp: rfc3339Fixed9(state.clock.blockTimeMs(now.blockHeight)!),
      avg_block_time: avgBlockTime(),
      next_poc_start_block: pocStartHeight(epoch + 1),
      set_new_validators_block: epochStages(epoch + 1).set_new_validators,
      participants: plan.members.map((m) => hyperfusionParticipant(ctx, epoch, m, now)),
    });
  };

  /** `{address}` in `?epoch_id=` (default: the current epoch), or the tracker's 422/404 reply. */
  const epochMember = (req: RequestContext): Reply | { now: ClockReading; host: number; epoch: number; member: MemberPlan } => {
    const now = state.read();
    const host = state.hostIndex(req.params.address);
    const rawEpoch = req.query.get('epoch_id');
    const epoch = rawEpoch === null ? now.epoch : Number(rawEpoch);
    if (rawEpoch !== null && !/^\d+$/.test(rawEpoch)) return errorReply(req.path, 422, 'epoch_id must be an integer');
    if (!state.isKnownEpoch(epoch, now)) return errorReply(req.path, 404, `Epoch ${epoch} not found`);
    const member = host === undefined ? null : state.member(epoch, host);
    if (host === undefined || !member) return errorReply(req.path, 404, `Participant ${req.params.address} not found in epoch ${epoch}`);
    return { now, host, epoch, member };
  };

  return [
    { method: 'GET', pattern: `${API}/hello`, handle: () => ok({ message: 'hello' }) },
    { method: 'GET', pattern: `${API}/inference/current`, handle: () => epochBody(state.read().epoch) },
    {
      method: 'GET',
      pattern: `${API}/inference/epochs/{epoch}`,
      handle: (req) => {
        const epoch = Number(req.params.epoch);
        if (!/^\d+$/.test(req.params.epoch) || !state.isKnownEpoch(epoch, state.read())) {
          return errorReply(req.path, 404, `Epoch ${req.params.epoch} not found`);
        }
        return epochBody(epoch);
      },
    },
    {
      method: 'GET',
      pattern: `${API}/participants/{address}`,
      handle: (req) => {
        const found = epochMember(req);
        if ('status' in found) return found;
        const { now, host, epoch, member } = found;
        const profile = state.hosts[host];
        const nodeStatus = epoch === now.epoch ? mlNodeStatus(ctx, host, now) : 'INFERENCE';
        const rewards = [];
        for (let e = epoch - 1; e >= Math.max(state.earliestEpoch, epoch - REWARD_HISTORY_EPOCHS); e--) {
          const result = state.settledResult(e, host);
          if (result) rewards.push({ epoch_id: e, assigned_reward_gnk: wholeGnk(result.rewarded), claimed: state.isClaimed(e, result, now.t) });
        }
        return ok({
          participant: hyperfusionParticipant(ctx, epoch, member, now),
          rewards,
          seed: { participant: profile.address, epoch_index: epoch, signature: member.seedSignature },
          warm_keys: profile.warmKeyAddress
            ? [{ grantee_address: profile.warmKeyAddress, granted_at: rfc3339Fixed9(Date.parse('2025-10-13T11:37:45.826Z') + host * 60_000) }]
            : [],
          ml_nodes: profile.mlNodes.map((node, k) => ({
            local_id: node.localId,
            status: nodeStatus,
            models: [node.model],
            hardware: [{ type: node.gpu.hardwareType, count: node.gpuCount }],
            host: node.host,
            port: node.port,
            poc_weight: member.nodeWeights[k],
          })),
        });
      },
    },
    {
      method: 'GET',
      pattern: `${API}/participants/{address}/inferences`,
      handle: (req) => {
        const found = epochMember(req);
        if ('status' in found) return found;
        return ok(participantInferences(ctx, found.epoch, found.member, found.now));
      },
    },
    {
      method: 'GET',
      pattern: `${API}/timeline`,
      handle: () => {
        const now = state.read();
        const referenceHeight = Math.max(1, now.blockHeight - 10_000);
        return ok({
          current_block: { height: now.blockHeight, timestamp: rfc3339Fixed9(state.clock.blockTimeMs(now.blockHeight)!) },
          reference_block: { height: referenceHeight, timestamp: rfc3339Fixed9(state.clock.blockTimeMs(referenceHeight)!) },
          avg_block_time: avgBlockTime(),
          events: [],
          current_epoch_start: pocStartHeight(now.epoch),
          current_epoch_index: now.epoch,
          epoch_length: EPOCH_LENGTH_BLOCKS,
          epoch_stages: epochStages(now.epoch),
          next_epoch_stages: epochStages(now.epoch + 1),
        });
      },
    },
  ];
}
