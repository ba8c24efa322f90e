/**
 * Per governance model, how a host takes part in the current epoch (GONKA.md "Loss paths", model
 * participation): serving costs nothing, delegating gives away 5% of that model's weight, refusing
 * 10%, doing nothing 15% per missed model per epoch. The chain's public routes show which models a
 * host serves (its epoch entry) and which models governance lists (`models_all`); delegation and
 * refusal are not exposed by any route the portal reads, so a model not served is reported as
 * NOT_SERVED with the cost of doing nothing — an upper bound, since a delegation we cannot see
 * would cost 5% instead.
 */

export enum ModelParticipationStatus {
  /** The host's epoch entry lists the model: no cost. */
  SERVED = 'SERVED',
  /** Not produced until a route exposes delegation (it would cost 5%). */
  DELEGATED = 'DELEGATED',
  /** Not produced until a route exposes refusal (it would cost 10%). */
  REFUSED = 'REFUSED',
  /** Neither served nor, as far as the public routes show, delegated: up to 15% of the weight. */
  NOT_SERVED = 'NOT_SERVED',
  /** The governance list or the host's epoch models are unavailable. */
  UNKNOWN = 'UNKNOWN',
}

/** Share of the host's weight the chain takes per governance model it neither serves, delegates nor refuses. */
export const NOT_SERVED_WEIGHT_COST_SHARE = 0.15;

export interface ModelParticipation {
  modelId: string;
  status: ModelParticipationStatus;
  /** Weight the host stands to lose for this model (an upper bound for NOT_SERVED); 0 when served, null when unknown. */
  weightCost: number | null;
  weightCostShare: number | null;
}

/** The host as its current epoch entry shows it; null when it is not in the current epoch or the view has no entry. */
export interface HostEpochModels {
  models: readonly string[];
  weight: number | null;
}

/**
 * Every governance model with the host's participation. Without the governance list the host's own
 * models are listed as UNKNOWN (which governance models it misses cannot be told); without the
 * host's epoch entry every governance model is UNKNOWN.
 */
export function modelParticipation(governanceModelIds: readonly string[] | null, host: HostEpochModels | null): ModelParticipation[] {
  if (governanceModelIds === null) return (host?.models ?? []).map((modelId) => unknown(modelId));
  if (host === null) return governanceModelIds.map((modelId) => unknown(modelId));
  const served = new Set(host.models);
  return governanceModelIds.map((modelId) =>
    served.has(modelId)
      ? { modelId, status: ModelParticipationStatus.SERVED, weightCost: 0, weightCostShare: 0 }
      : {
          modelId,
          status: ModelParticipationStatus.NOT_SERVED,
          weightCost: host.weight === null ? null : host.weight * NOT_SERVED_WEIGHT_COST_SHARE,
          weightCostShare: NOT_SERVED_WEIGHT_COST_SHARE,
        },
  );
}

function unknown(modelId: string): ModelParticipation {
  return { modelId, status: ModelParticipationStatus.UNKNOWN, weightCost: null, weightCostShare: null };
}
