import { simulatedInstanceRef } from '../../simulator/cloud/gcore-instances.js';
import type { CloudInstancesService } from './cloud-instances.service.js';

/** Demo mode: the demo customer's nodes (simulator hosts) are linked to their simulated Gcore instances. Idempotent. */
export async function linkDemoCloudInstances(cloud: CloudInstancesService, addresses: readonly string[]): Promise<number> {
  return cloud.linkAll(new Map(addresses.map((address) => [address, simulatedInstanceRef(address)])));
}
