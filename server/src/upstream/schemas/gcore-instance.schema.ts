import { z } from 'zod';
import type { GcoreGpus, GcoreInstance } from '../gcore.types.js';

/**
 * Gcore Cloud API `GET /cloud/v1/instances/{project_id}/{region_id}/{instance_id}` (InstanceSerializer
 * in Gcore's OpenAPI, as the official gcore-python SDK models it: src/gcore/types/cloud/instance.py).
 * Only what the portal shows is checked; the rest (addresses, volumes, security groups, ddos_profile…)
 * is ignored. The flavor is one of three serializers (instance, bare metal, GPU cluster); only the GPU
 * and bare-metal ones carry `hardware_description.gpu`, a text such as "8x Nvidia H100 80GB".
 */
const flavor = z.object({
  flavor_id: z.string().min(1),
  flavor_name: z.string().min(1),
  vcpus: z.number().int().nonnegative().nullish(),
  ram: z.number().int().nonnegative().nullish(),
  hardware_description: z.object({ gpu: z.string().nullish() }).passthrough().nullish(),
});

export const gcoreInstanceResponse = z
  .object({
    instance_id: z.string().min(1),
    instance_name: z.string(),
    status: z.string().min(1),
    region: z.string(),
    region_id: z.number().int(),
    project_id: z.number().int(),
    flavor,
    instance_created: z.string().nullish(),
  })
  .transform(
    (r): GcoreInstance => ({
      id: r.instance_id,
      name: r.instance_name,
      status: r.status,
      region: r.region,
      regionId: r.region_id,
      projectId: r.project_id,
      flavor: {
        id: r.flavor.flavor_id,
        name: r.flavor.flavor_name,
        vcpus: r.flavor.vcpus ?? null,
        ramMib: r.flavor.ram ?? null,
        gpus: parseGpus(r.flavor.hardware_description?.gpu),
      },
      createdAt: r.instance_created && !Number.isNaN(Date.parse(r.instance_created)) ? new Date(r.instance_created) : null,
    }),
  );

/** "8x Nvidia H100 80GB" / "8 x H100" → count and model; a bare model keeps count null; blank → null. */
export function parseGpus(description: string | null | undefined): GcoreGpus | null {
  const text = description?.trim();
  if (!text) return null;
  const counted = /^(\d{1,3})\s*[x×]\s*(.+)$/i.exec(text);
  if (counted && Number(counted[1]) > 0) return { model: counted[2].trim(), count: Number(counted[1]) };
  return { model: text, count: null };
}
