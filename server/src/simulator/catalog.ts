/**
 * Static vocabulary of the simulated network, taken from the real samples and GONKA.md
 * (Feb 2026 per-GPU PoC weights, hardware strings as ML nodes self-report them).
 */

export interface GpuModel {
  key: string;
  hardwareType: string;
  weightPerGpu: number;
  /**
   * Inference throughput one GPU of this model declares, tokens/s. GONKA.md gives PoC weights, not
   * throughput; these follow the GPUs' memory bandwidth (what bounds LLM decoding): A100-80GB 2.0,
   * H100 3.35, H200 4.8, B200 8 TB/s.
   */
  throughputPerGpu: number;
  /** Relative popularity among ML nodes. */
  share: number;
  /** Usual GPU counts per ML node, with relative frequency. */
  counts: readonly (readonly [number, number])[];
}

export const GPU_MODELS: readonly GpuModel[] = [
  {
    key: 'H100',
    throughputPerGpu: 1000,
    hardwareType: 'NVIDIA H100 80GB HBM3 | 79GB',
    weightPerGpu: 293,
    share: 45,
    counts: [
      [8, 60],
      [4, 20],
      [2, 10],
      [1, 10],
    ],
  },
  {
    key: 'H200',
    throughputPerGpu: 1400,
    hardwareType: 'NVIDIA H200 | 140GB',
    weightPerGpu: 304,
    share: 25,
    counts: [
      [8, 75],
      [4, 15],
      [2, 10],
    ],
  },
  {
    key: 'B200',
    throughputPerGpu: 2300,
    hardwareType: 'NVIDIA B200 | 179GB',
    weightPerGpu: 301,
    share: 10,
    counts: [
      [8, 85],
      [4, 15],
    ],
  },
  {
    key: 'A100',
    throughputPerGpu: 600,
    hardwareType: 'NVIDIA A100-SXM4-80GB | 79GB',
    weightPerGpu: 128,
    share: 20,
    counts: [
      [8, 50],
      [4, 30],
      [2, 20],
    ],
  },
];

export const MODELS: readonly (readonly [string, number])[] = [
  ['Qwen/Qwen3-235B-A22B-Instruct-2507-FP8', 45],
  ['MiniMaxAI/MiniMax-M2.7', 20],
  ['moonshotai/Kimi-K2.6', 20],
  ['deepseek-ai/DeepSeek-V4-Flash-0731', 15],
];

/** ML nodes per host: most hosts are small, a long tail runs up to 15 nodes. */
export const NODE_COUNT_BUCKETS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 1], 35],
  [[2, 3], 30],
  [[4, 7], 25],
  [[8, 15], 10],
];

export const MLNODE_VERSIONS = ['3.0.12', '3.0.11', ''] as const;

export const MONIKER_PREFIXES = ['gpu-farm', 'hyperion', 'atlas-compute', 'node-runner', 'inferno', 'tensor-yard', 'blue-rack', 'gonka-pool'] as const;

/** Exclusion reasons are free-form strings on chain; these mirror the chain's status rules. */
export const EXCLUSION_REASONS = {
  INACTIVE: ['downtime', 'missed requests above threshold'],
  INVALID: ['invalid inferences: consecutive failures', 'invalid inferences: statistical test'],
} as const;
