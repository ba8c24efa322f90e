/** `/chain-api/productscience/inference/inference/...` — the Gonka inference module's REST queries. */
import { pocStartHeight, EPOCH_LENGTH_BLOCKS } from '../clock.js';
import { errorReply, ok, type RequestContext, type Reply, type RouteDef } from '../http/types.js';
import { chainParticipant, hardwareNodes, performanceSummaryRow } from '../views/chain-views.js';
import type { SimContext } from '../views/context.js';
import { paginate } from '../views/pagination.js';
import { chainParamsBody } from '../params.js';
import { modelsAllBody } from '../governance-models.js';

const BASE = '/chain-api/productscience/inference/inference';

export function chainInferenceRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;

  const withHost = (req: RequestContext, then: (host: number) => Reply): Reply => {
    const host = state.hostIndex(req.params.address);
    return host === undefined ? errorReply(req.path, 404, `participant ${req.params.address} not found`) : then(host);
  };

  /** Performance summaries exist only for settled epochs: the chain writes them at settlement. */
  const settledEpochOf = (raw: string): number | null => {
    const epoch = Number(raw);
    return epoch >= state.earliestEpoch && epoch < state.read().epoch ? epoch : null;
  };
  const badEpoch = (req: RequestContext): Reply | null =>
    /^\d+$/.test(req.params.epoch) ? null : errorReply(req.path, 400, `type mismatch, parameter: epoch, error: invalid ${req.params.epoch}`);

  return [
    { method: 'GET', pattern: `${BASE}/params`, handle: () => ok(chainParamsBody()) },
    { method: 'GET', pattern: `${BASE}/models_all`, handle: () => ok(modelsAllBody()) },
    {
      method: 'GET',
      pattern: `${BASE}/estimate_bitcoin_reward/{participant}`,
      handle: (req) => {
        const address = req.params.participant;
        const host = state.hostIndex(address);
        const now = state.read();
        const result = host === undefined ? null : state.estimateNow(host, now);
        // grpc NotFound, as the chain answers for an address outside the current active set.
        if (host === undefined || !result) return errorReply(req.path, 404, `participant ${address} not found in active set`);
        const member = state.member(now.epoch, host)!;
        return ok({
          settle_amount: {
            participant: address,
            reward_coins: result.rewarded.toString(),
            work_coins: String(result.status === 'ACTIVE' ? result.workload.earnedFees : 0),
            epoch_index: String(now.epoch),
            seed_signature: member.seedSignature,
            last_claim_attempt: '0',
          },
        });
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/participant`,
      handle: (req) => {
        const now = state.read();
        const page = paginate(state.hostsInStoreOrder, req.query);
        return ok({
          participant: page.items.map((h) => chainParticipant(ctx, h, now)),
          pagination: page.pagination,
          block_height: String(now.blockHeight),
        });
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/participant/{address}`,
      handle: (req) => withHost(req, (h) => ok({ participant: chainParticipant(ctx, h, state.read()) })),
    },
    {
      method: 'GET',
      pattern: `${BASE}/get_current_epoch`,
      handle: () => ok({ epoch: String(state.read().epoch) }),
    },
    {
      method: 'GET',
      pattern: `${BASE}/epoch_performance_summary/{epoch}`,
      handle: (req) => {
        const invalid = badEpoch(req);
        if (invalid) return invalid;
        const now = state.read();
        const epoch = settledEpochOf(req.params.epoch);
        const rows = epoch === null ? [] : state.settlement(epoch).results.map((r) => performanceSummaryRow(ctx, epoch, r, now));
        return ok({ epochPerformanceSummary: rows });
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/epoch_performance_summary/{epoch}/{address}`,
      handle: (req) =>
        badEpoch(req) ??
        withHost(req, (h) => {
          const epoch = settledEpochOf(req.params.epoch);
          const result = epoch === null ? null : state.settledResult(epoch, h);
          if (epoch === null || !result) return errorReply(req.path, 404, 'epoch performance summary not found');
          return ok({ epochPerformanceSummary: performanceSummaryRow(ctx, epoch, result, state.read()) });
        }),
    },
    {
      method: 'GET',
      pattern: `${BASE}/participants_stats`,
      handle: () => {
        const now = state.read();
        const latest = state.latestSettledEpoch(now);
        return ok({
          participants_stats: state.hostsInStoreOrder.map((h) => {
            const host = state.hosts[h];
            const member = state.member(now.epoch, h);
            const settled = latest === null ? null : state.settledResult(latest, h);
            return {
              account_address: host.address,
              operator_address: host.operatorAddress,
              reputation: host.reputation,
              earned_coins_current_epoch: String(member ? state.liveWorkload(member, now).earnedFees : 0),
              rewarded_coins_latest_epoch: (settled?.rewarded ?? 0n).toString(),
              epochs_completed: Math.max(0, now.epoch - host.joinEpoch - 1),
            };
          }),
        });
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/hardware_nodes/{address}`,
      handle: (req) => withHost(req, (h) => ok({ nodes: hardwareNodes(ctx, h, state.read()) })),
    },
    {
      method: 'GET',
      pattern: `${BASE}/hardware_nodes_all`,
      handle: () => {
        const now = state.read();
        return ok({ nodes: state.hostsInStoreOrder.map((h) => hardwareNodes(ctx, h, now)) });
      },
    },
    {
      method: 'GET',
      pattern: `${BASE}/excluded_participants/{epoch}`,
      handle: (req) => {
        const invalid = badEpoch(req);
        if (invalid) return invalid;
        const now = state.read();
        const requested = Number(req.params.epoch);
        // As on chain, epoch 0 means the current epoch.
        const epoch = requested === 0 ? now.epoch : requested;
        if (!state.isKnownEpoch(epoch, now)) return ok({ items: [] });
        const visibleUntil = epoch < now.epoch ? 1 : now.progress;
        const items = state
          .plan(epoch)
          .members.filter((m) => m.exclusion && m.exclusion.atProgress <= visibleUntil)
          .map((m) => ({
            address: state.hosts[m.host].address,
            epoch_index: String(epoch),
            reason: m.exclusion!.reason,
            exclusion_block_height: String(pocStartHeight(epoch) + Math.floor(m.exclusion!.atProgress * EPOCH_LENGTH_BLOCKS)),
          }));
        return ok({ items });
      },
    },
  ];
}
