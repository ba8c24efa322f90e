import { z } from 'zod';
import type { GovernanceModel } from '../gonka-guard.types.js';
import { listOf } from './primitives.js';

/**
 * `/chain-api/productscience/inference/inference/models_all` (grpc-gateway JSON of
 * `QueryModelsAllResponse`): the models governance has approved. Only the id is read — the portal
 * compares it with the models each host serves — so the model's other fields may change freely.
 */
export const modelsAllResponse = z
  .object({ model: listOf(z.object({ id: z.string().min(1) })) })
  .transform(({ model }): GovernanceModel[] => model.map((m) => ({ id: m.id })));
