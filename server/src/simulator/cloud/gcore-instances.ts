/**
 * The simulated Gcore cloud: one GPU bare-metal instance per simulator host, derived from the host's
 * address and hardware only, so the same address always has the same instance (across restarts and
 * whatever the seed), and its GPUs are the ones the host's ML nodes report.
 */
import { createHash } from 'node:crypto';
import type { HostProfile } from '../host-profiles.js';

/** The simulator's one Gcore project. */
export const SIMULATED_PROJECT_ID = 100_001;

/** Illustrative Gcore GPU regions (names as Gcore shows them; the ids are the simulator's). */
export const SIMULATED_REGIONS = [
  { id: 76, name: 'Luxembourg-2' },
  { id: 116, name: 'Sines-2' },
  { id: 130, name: 'Manchester-2' },
  { id: 38, name: 'Frankfurt' },
] as const;

export interface SimulatedInstanceRef {
  projectId: number;
  regionId: number;
  instanceId: string;
}

/** Where the instance behind `address` lives: what an admin would link the node to. */
export function simulatedInstanceRef(address: string): SimulatedInstanceRef {
  const digest = createHash('sha256').update(`gcore-instance:${address}`).digest();
  const hex = digest.subarray(0, 16).toString('hex');
  // RFC 9562 layout, version 4 and variant bits set, so it reads like the UUIDs Gcore hands out.
  const v = (parseInt(hex[16], 16) & 0x3) | 0x8;
  const instanceId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${v.toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const region = SIMULATED_REGIONS[digest[16] % SIMULATED_REGIONS.length];
  return { projectId: SIMULATED_PROJECT_ID, regionId: region.id, instanceId };
}

/** The instance as Gcore's GET /cloud/v1/instances/{project_id}/{region_id}/{instance_id} returns it. */
export function simulatedInstanceBody(host: HostProfile, createdMs: number): Record<string, unknown> {
  const ref = simulatedInstanceRef(host.address);
  const region = SIMULATED_REGIONS.find((r) => r.id === ref.regionId)!;
  const gpu = host.mlNodes[0]?.gpu;
  const count = host.mlNodes.filter((n) => n.gpu.key === gpu?.key).reduce((sum, n) => sum + n.gpuCount, 0);
  // "NVIDIA H100 80GB HBM3 | 79GB" → "NVIDIA H100 80GB HBM3": Gcore describes the card, not the free memory.
  const card = gpu?.hardwareType.split('|')[0].trim() ?? '';
  const name = gpu ? `bm3-ai-1xlarge-${gpu.key.toLowerCase()}-${count}` : 'bm2-hf-medium';
  return {
    addresses: {},
    blackhole_ports: [],
    creator_task_id: null,
    ddos_profile: null,
    fixed_ip_assignments: [],
    flavor: {
      architecture: 'x86_64',
      flavor_id: name,
      flavor_name: name,
      hardware_description: {
        cpu: '2 x Intel Xeon 8480+',
        disk: '8 x 3.84 TB NVMe',
        gpu: gpu ? `${count}x ${card}` : '',
        license: '',
        network: '2 x 100G',
        ram: '2 TB',
      },
      os_type: 'linux',
      ram: 2 * 1024 * 1024,
      resource_class: name,
      vcpus: 112,
    },
    instance_created: new Date(createdMs).toISOString(),
    instance_description: null,
    instance_id: ref.instanceId,
    instance_isolation: null,
    instance_name: `gonka-${host.address.slice(-8)}`,
    keypair_name: 'minegnk-ops',
    project_id: ref.projectId,
    region: region.name,
    region_id: region.id,
    security_groups: [{ name: 'default' }],
    status: 'ACTIVE',
    tags: [],
    task_id: null,
    task_state: null,
    vm_state: 'active',
    volumes: [],
  };
}
