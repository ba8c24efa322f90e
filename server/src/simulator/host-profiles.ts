/**
 * The pool of hosts (participants) generated once from the seed: keys, addresses, hardware, models.
 * Everything that changes per epoch (weight jitter, workload, events) lives in epoch-plan/events.
 */
import { consensusAddressBytes, encodeBech32, ACCOUNT_HRP, CONSENSUS_HRP, OPERATOR_HRP } from './addresses.js';
import { GPU_MODELS, MLNODE_VERSIONS, MODELS, MONIKER_PREFIXES, NODE_COUNT_BUCKETS, type GpuModel } from './catalog.js';
import { EPOCH_LENGTH_BLOCKS, pocStartHeight } from './clock.js';
import { draw, hash32, Rng, Topic } from './prng.js';

export interface MlNodeProfile {
  localId: string;
  gpu: GpuModel;
  gpuCount: number;
  model: string;
  host: string;
  port: string;
  version: string;
  /** Per-GPU weight of this physical node relative to the nominal (cooling, clocks): 0.95..1.05. */
  efficiency: number;
  /** Tokens/s this ML node declares: its GPUs × the model's per-GPU throughput × efficiency, ±6 % (serving setup). */
  throughput: number;
}

export interface HostProfile {
  index: number;
  accountBytes: Uint8Array;
  address: string;
  operatorAddress: string;
  consensusAddress: string;
  /** Uppercase hex of the consensus address, as CometBFT lists validators. */
  consensusHex: string;
  /** base64 ed25519 consensus public key. */
  validatorKey: string;
  moniker: string;
  website: string;
  mlNodes: MlNodeProfile[];
  /** Distinct models in first-seen order; `/v1` pairs `ml_nodes[i]` with `models[i]`. */
  models: string[];
  joinEpoch: number;
  joinHeight: number;
  reputation: number;
  warmKeyAddress: string | null;
  /**
   * Whether `/v1` lists a `throughput` for this host's ML nodes. Mainnet's list carries none (the
   * epoch-105 sample), so some hosts omit it: the portal must show "unknown", not 0 tok/s.
   */
  declaresThroughput: boolean;
}

/** Share of hosts whose ML nodes declare no throughput (drawn apart from the profile, so other draws stay as they were). */
const UNDECLARED_THROUGHPUT_SHARE = 0.25;

/** Most hosts joined long ago; some joined within the last epochs so history shows growth. */
const MAX_AGE_EPOCHS = 150;
const RECENT_JOIN_WINDOW = 20;

export function generateHostProfiles(seed: number, count: number, startEpoch: number): HostProfile[] {
  const hosts: HostProfile[] = [];
  for (let index = 0; index < count; index++) hosts.push(generateHost(seed, index, startEpoch));
  return hosts;
}

function generateHost(seed: number, index: number, startEpoch: number): HostProfile {
  const rng = new Rng(hash32(seed, Topic.profile, index));
  const accountBytes = new Rng(hash32(seed, Topic.address, index)).bytes(20);
  const pubKey = new Rng(hash32(seed, Topic.validatorKey, index)).bytes(32);
  const consBytes = consensusAddressBytes(pubKey);
  const address = encodeBech32(ACCOUNT_HRP, accountBytes);

  const mlNodes = generateMlNodes(rng, index).map((node, k) => ({ ...node, throughput: declaredThroughput(seed, index, k, node) }));
  const models = [...new Set(mlNodes.map((n) => n.model))];

  const recent = rng.next() < 0.1;
  const age = recent ? rng.int(1, RECENT_JOIN_WINDOW) : rng.int(RECENT_JOIN_WINDOW + 1, MAX_AGE_EPOCHS);
  const joinEpoch = Math.max(0, startEpoch - age);
  const joinHeight = Math.max(1, pocStartHeight(joinEpoch) + rng.int(0, EPOCH_LENGTH_BLOCKS - 1));

  const named = rng.next() < 0.45;
  const moniker = named ? `${rng.pick(MONIKER_PREFIXES)}-${rng.int(1, 99)}` : '';
  const website = named && rng.next() < 0.3 ? `https://${moniker}.example` : '';
  const warmKeyAddress = rng.next() < 0.7 ? encodeBech32(ACCOUNT_HRP, rng.bytes(20)) : null;

  return {
    index,
    accountBytes,
    address,
    operatorAddress: encodeBech32(OPERATOR_HRP, accountBytes),
    consensusAddress: encodeBech32(CONSENSUS_HRP, consBytes),
    consensusHex: Buffer.from(consBytes).toString('hex').toUpperCase(),
    validatorKey: Buffer.from(pubKey).toString('base64'),
    moniker,
    website,
    mlNodes,
    models,
    joinEpoch,
    joinHeight,
    reputation: rng.next() < 0.8 ? 100 : rng.int(40, 99),
    warmKeyAddress,
    declaresThroughput: draw(seed, Topic.throughput, index) >= UNDECLARED_THROUGHPUT_SHARE,
  };
}

/** Drawn apart from the profile's sequence (own keys of `Topic.throughput`), so the other draws stay as they were. */
function declaredThroughput(seed: number, host: number, k: number, node: Omit<MlNodeProfile, 'throughput'>): number {
  const jitter = 0.94 + 0.12 * draw(seed, Topic.throughput, host, k + 1);
  return Math.round(node.gpuCount * node.gpu.throughputPerGpu * node.efficiency * jitter);
}

function generateMlNodes(rng: Rng, hostIndex: number): Omit<MlNodeProfile, 'throughput'>[] {
  const [min, max] = rng.weighted(NODE_COUNT_BUCKETS);
  const nodeCount = rng.int(min, max);
  const gpu = rng.weighted(GPU_MODELS.map((g) => [g, g.share] as const));
  const primaryModel = rng.weighted(MODELS);
  // A third of multi-node hosts split their fleet over a second model.
  const secondaryModel = nodeCount > 1 && rng.next() < 0.33 ? rng.weighted(MODELS) : primaryModel;
  const namePrefix = nodeCount > 3 ? `mlnode-${rng.hex(4)}` : 'node';
  const nodes: Omit<MlNodeProfile, 'throughput'>[] = [];
  for (let k = 0; k < nodeCount; k++) {
    const gpuCount = rng.weighted(gpu.counts);
    nodes.push({
      localId: `${namePrefix}${nodeCount > 3 ? '-' : ''}${k + 1}`,
      gpu,
      gpuCount,
      model: k % 3 === 2 ? secondaryModel : primaryModel,
      host: `10.${(hostIndex >> 8) & 255}.${hostIndex & 255}.${10 + k}`,
      port: '8080',
      version: rng.pick(MLNODE_VERSIONS),
      efficiency: 0.95 + rng.next() * 0.1,
    });
  }
  return nodes;
}
