import { z } from 'zod';
import type { HardwareNode, ParticipantHardware } from '../gonka.types.js';
import { countOrZero, hardwareNodeStatus, listOf, stringOrEmpty } from './primitives.js';

/** Chain REST `.../hardware_nodes/{address}` and `.../hardware_nodes_all` (self-reported by each host). */

const hardwareNodeFields = {
  local_id: z.string().min(1),
  status: hardwareNodeStatus.default('UNKNOWN'),
  models: listOf(z.string()),
  hardware: listOf(z.object({ type: stringOrEmpty, count: countOrZero })),
  host: stringOrEmpty,
  // uint32 on the chain but a string in real responses; keep the text.
  port: z.union([z.string(), z.number()]).transform(String).default(''),
  version: stringOrEmpty,
};

type RawHardwareNode = z.output<z.ZodObject<typeof hardwareNodeFields>>;

/** Exported for the tracker, which embeds the same node records. */
export function toHardwareNode(n: RawHardwareNode): HardwareNode {
  return {
    localId: n.local_id,
    status: n.status,
    models: n.models,
    hardware: n.hardware,
    host: n.host,
    port: n.port,
    version: n.version,
  };
}

export const hardwareNodeObject = z.object(hardwareNodeFields);

const participantHardware = z
  .object({
    participant: z.string().min(1),
    hardware_nodes: listOf(hardwareNodeObject.transform(toHardwareNode)),
  })
  .transform((p): ParticipantHardware => ({ address: p.participant, nodes: p.hardware_nodes }));

/** A host that never reported hardware may come back with `nodes: null`. */
export const hardwareNodesResponse = z.object({ nodes: participantHardware.nullish() }).transform((r) => r.nodes ?? null);

export const hardwareNodesAllResponse = z.object({ nodes: listOf(participantHardware) }).transform((r) => r.nodes);
