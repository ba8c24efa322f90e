/**
 * `models_all`: the governance models of the simulated chain, one per model of the catalog — the
 * models ML nodes serve — as grpc-gateway prints `inference.Model` (int64 as strings, Decimal as
 * {value, exponent}). Hosts serve only their ML nodes' models, so most hosts miss some of these.
 */
import { MODELS } from './catalog.js';

interface ModelSpec {
  vRamGb: number;
  tensorParallel: number;
  contextWindow: number;
}

const SPECS: Record<string, ModelSpec> = {
  'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8': { vRamGb: 640, tensorParallel: 4, contextWindow: 32_768 },
  'MiniMaxAI/MiniMax-M2.7': { vRamGb: 480, tensorParallel: 4, contextWindow: 65_536 },
  'moonshotai/Kimi-K2.6': { vRamGb: 1_280, tensorParallel: 8, contextWindow: 131_072 },
  'deepseek-ai/DeepSeek-V4-Flash-0731': { vRamGb: 320, tensorParallel: 2, contextWindow: 65_536 },
};
const DEFAULT_SPEC: ModelSpec = { vRamGb: 640, tensorParallel: 4, contextWindow: 32_768 };

export const GOVERNANCE_MODEL_IDS: readonly string[] = MODELS.map(([id]) => id);

export function modelsAllBody() {
  const model = GOVERNANCE_MODEL_IDS.map((id) => {
    const spec = SPECS[id] ?? DEFAULT_SPEC;
    return {
      proposed_by: 'genesis',
      id,
      units_of_compute_per_token: '1000',
      context_window: String(spec.contextWindow),
      quantization: id.endsWith('FP8') ? 'fp8' : 'bf16',
      coins_per_input_token: '0',
      coins_per_output_token: '0',
      hf_repo: id,
      hf_commit: '0'.repeat(40),
      model_args: ['--tensor-parallel-size', String(spec.tensorParallel)],
      v_ram: String(spec.vRamGb),
      throughput_per_nonce: '1000',
      validation_threshold: { value: '97', exponent: -2 },
    };
  });
  return { model, pagination: { next_key: null, total: String(model.length) } };
}
