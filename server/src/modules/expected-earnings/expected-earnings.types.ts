/** Why no expectation could be given (codes: the client words them). */
export enum ExpectedEarningsUnavailableReason {
  /** The text names no GPU model (e.g. "80GB" alone). */
  UNKNOWN_GPU_MODEL = 'UNKNOWN_GPU_MODEL',
  /** No host of the network with only that model's GPUs in the settled epochs read. */
  NO_NETWORK_DATA = 'NO_NETWORK_DATA',
  /** The network has settled no epoch yet. */
  NO_SETTLED_EPOCHS = 'NO_SETTLED_EPOCHS',
  /** The network could not be read and nothing is cached. */
  NETWORK_UNAVAILABLE = 'NETWORK_UNAVAILABLE',
}

/** What an expectation was computed from. Plain JSON: it is stored with a request as is. */
export interface ExpectationBasis {
  /** The GPU model key the figures are for, e.g. "H100". */
  gpuModel: string;
  /** Median over host-epochs of a host's settled reward ÷ its GPUs, GNK. */
  medianPerGpu: string;
  /** Settled epochs with at least one host of the model, and the window read. */
  epochs: number;
  fromEpoch: number;
  toEpoch: number;
  /** Distinct network hosts (nodes) the median is taken over, and their host-epochs. */
  networkNodes: number;
  samples: number;
  /** Epoch length used for the per-day figure, seconds; null when unknown. */
  epochSeconds: number | null;
}

/** Expected earnings of `quantity` GPUs: exact GNK strings. */
export interface Expectation {
  quantity: number;
  perEpoch: string;
  perDay: string | null;
  basis: ExpectationBasis;
  computedAt: Date;
}

export type ExpectationResult = { expected: Expectation; unavailableReason: null } | { expected: null; unavailableReason: ExpectedEarningsUnavailableReason };
