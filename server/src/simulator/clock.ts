/**
 * Epoch clock: settled history at the real cadence, then accelerated live epochs. Epochs before the
 * start epoch lasted `HISTORY_EPOCH_MS` (mainnet's ~24 h), so a month of history is a month of
 * wall time; from the start epoch on, one epoch lasts `epochDurationMs`. Every epoch has
 * `EPOCH_LENGTH_BLOCKS` blocks, so block height advances proportionally within each. Heights are
 * anchored on the real mainnet sample (epoch 105 started PoC at block 1,627,410) so numbers look
 * like mainnet's.
 */

export const EPOCH_LENGTH_BLOCKS = 15_391;
const ANCHOR_EPOCH = 105;
const ANCHOR_POC_START = 1_627_410;
/** Fraction of the first epoch already elapsed at start, so the demo shows live counts at once. */
export const INITIAL_PROGRESS = 0.3;
/** Mainnet's epoch length in time (15,391 blocks, ~23–24 h; GONKA.md): the settled history's cadence, one epoch a day. */
export const HISTORY_EPOCH_MS = 24 * 3_600_000;

/** Offsets of each stage from poc_start, copied from the real /v1/epochs/latest sample. */
export const STAGE_OFFSETS = {
  poc_generation_wind_down: 48,
  poc_generation_end: 60,
  poc_validation_start: 65,
  poc_validation_wind_down: 161,
  poc_validation_end: 185,
  set_new_validators: 305,
  claim_money: 306,
} as const;
export const INFERENCE_VALIDATION_CUTOFF_BLOCKS = 80;

export function pocStartHeight(epoch: number): number {
  return ANCHOR_POC_START + (epoch - ANCHOR_EPOCH) * EPOCH_LENGTH_BLOCKS;
}

/** The epoch whose blocks include `height` (heights before the anchor extrapolate backwards). */
export function epochOfHeight(height: number): number {
  return ANCHOR_EPOCH + Math.floor((height - ANCHOR_POC_START) / EPOCH_LENGTH_BLOCKS);
}

export function epochStages(epoch: number) {
  const start = pocStartHeight(epoch);
  const next = pocStartHeight(epoch + 1);
  return {
    epoch_index: epoch,
    poc_start: start,
    poc_generation_wind_down: start + STAGE_OFFSETS.poc_generation_wind_down,
    poc_generation_end: start + STAGE_OFFSETS.poc_generation_end,
    poc_validation_start: start + STAGE_OFFSETS.poc_validation_start,
    poc_validation_wind_down: start + STAGE_OFFSETS.poc_validation_wind_down,
    poc_validation_end: start + STAGE_OFFSETS.poc_validation_end,
    set_new_validators: start + STAGE_OFFSETS.set_new_validators,
    claim_money: start + STAGE_OFFSETS.claim_money,
    inference_validation_cutoff: next - INFERENCE_VALIDATION_CUTOFF_BLOCKS,
    next_poc_start: next,
    poc_exchange_window: { start: start + 1, end: start + STAGE_OFFSETS.poc_validation_start },
    poc_validation_exchange_window: { start: start + STAGE_OFFSETS.poc_validation_start + 1, end: start + STAGE_OFFSETS.poc_validation_end },
  };
}

export function phaseAtBlockOffset(offset: number): string {
  if (offset < STAGE_OFFSETS.poc_generation_wind_down) return 'PoCGenerate';
  if (offset < STAGE_OFFSETS.poc_validation_start) return 'PoCGenerateWindDown';
  if (offset < STAGE_OFFSETS.poc_validation_wind_down) return 'PoCValidate';
  if (offset < STAGE_OFFSETS.poc_validation_end) return 'PoCValidateWindDown';
  return 'Inference';
}

export interface ClockReading {
  epoch: number;
  /** Fraction of the current epoch elapsed, in [0, 1). */
  progress: number;
  /** Continuous time in epoch units (epoch + progress): the axis all events are placed on. */
  t: number;
  blockHeight: number;
  wallMs: number;
}

export class EpochClock {
  private epoch: number;
  private startedAt: number;
  private readonly firstEpoch: number;
  /** Wall start of every epoch seen since start; earlier/later ones are extrapolated. */
  private readonly startedAtByEpoch = new Map<number, number>();

  constructor(
    private readonly now: () => number,
    private readonly durationMs: number,
    startEpoch: number,
    private readonly historyEpochMs: number = HISTORY_EPOCH_MS,
  ) {
    this.epoch = startEpoch;
    this.firstEpoch = startEpoch;
    this.startedAt = now() - INITIAL_PROGRESS * durationMs;
    this.startedAtByEpoch.set(startEpoch, this.startedAt);
  }

  read(): ClockReading {
    const wallMs = this.now();
    while (wallMs >= this.startedAt + this.durationMs) this.begin(this.epoch + 1, this.startedAt + this.durationMs);
    const progress = Math.max(0, Math.min(0.999_999, (wallMs - this.startedAt) / this.durationMs));
    const blockHeight = pocStartHeight(this.epoch) + Math.floor(progress * EPOCH_LENGTH_BLOCKS);
    return { epoch: this.epoch, progress, t: this.epoch + progress, blockHeight, wallMs };
  }

  /** Ends the current epoch now (tests, benchmarks, POST /__sim/advance-epoch). */
  advance(): void {
    this.read();
    this.begin(this.epoch + 1, this.now());
  }

  /** Wall time of a point on the epoch axis (e.g. when a jail ends), for timestamps. */
  wallTimeAt(t: number): number {
    const epoch = Math.floor(t);
    const frac = t - epoch;
    const known = this.startedAtByEpoch.get(epoch);
    if (known !== undefined) {
      const end = this.startedAtByEpoch.get(epoch + 1) ?? known + this.durationMs;
      return known + frac * (end - known);
    }
    const firstStart = this.startedAtByEpoch.get(this.firstEpoch) as number;
    // Before the start epoch: the history, at the real cadence.
    if (epoch < this.firstEpoch) return firstStart - (this.firstEpoch - t) * this.historyEpochMs;
    const currentStart = this.startedAtByEpoch.get(this.epoch) as number;
    return currentStart + (t - this.epoch) * this.durationMs;
  }

  /** Wall length of `epoch` as planned: the real cadence before the start epoch, the accelerated one after. */
  epochLengthMs(epoch: number): number {
    return epoch < this.firstEpoch ? this.historyEpochMs : this.durationMs;
  }

  /** The epoch the simulator started in (the first live, accelerated one). */
  get startEpoch(): number {
    return this.firstEpoch;
  }

  /**
   * Wall time block `height` was made, or null if it is not made yet. Blocks come at an even pace
   * within an epoch (the same rule as `read().blockHeight`); an epoch ended early (`advance`) made
   * its remaining blocks at that instant, so the next epoch's first block is exactly its start.
   */
  blockTimeMs(height: number): number | null {
    if (height > this.read().blockHeight) return null;
    const epoch = epochOfHeight(height);
    const at = this.wallTimeAt(epoch) + ((height - pocStartHeight(epoch)) * this.epochLengthMs(epoch)) / EPOCH_LENGTH_BLOCKS;
    const next = this.startedAtByEpoch.get(epoch + 1);
    return next === undefined ? at : Math.min(at, next);
  }

  get epochDurationMs(): number {
    return this.durationMs;
  }

  private begin(epoch: number, at: number): void {
    this.epoch = epoch;
    this.startedAt = at;
    this.startedAtByEpoch.set(epoch, at);
  }
}
