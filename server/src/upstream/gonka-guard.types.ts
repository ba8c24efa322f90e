/** What the epoch guard reads from the chain beyond the participant routes (gonka.types.ts): parameters, estimates, governance models. */

/** The inference module's parameters the epoch guard reads (null: the node's version lacks it). */
export interface ChainParams {
  epochLength: number;
  /** Governance floor of the downtime test's p0 (0..1). */
  binomTestP0: number | null;
  /** Missed rate above which the collateral is slashed for downtime (0..1). */
  downtimeSlashMissedRate: number | null;
  downtimeSlashFraction: number | null;
  /** Integer ngonka text (JSON-safe for caching). */
  initialEpochRewardNgonka: string | null;
  /** Per-epoch exponent of the subsidy's decay (negative). */
  rewardDecayRate: number | null;
  rewardGenesisEpoch: number | null;
}

/** The chain's own reward estimate for a host in the current epoch. */
export interface RewardEstimate {
  address: string;
  rewardCoins: bigint;
  workCoins: bigint;
  epochIndex: number;
}

/** A model approved by governance (`models_all`): every host is expected to serve or delegate it. */
export interface GovernanceModel {
  id: string;
}
