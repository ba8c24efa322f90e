/** Gonka node API (`/v1`, dapi): the epoch clock and each epoch's active participants. */
import { EPOCH_LENGTH_BLOCKS, epochStages, phaseAtBlockOffset, pocStartHeight } from '../clock.js';
import { errorReply, ok, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';
import { ActiveParticipantsView } from '../views/node-api-views.js';

/** Mainnet epoch parameters (from the real /v1/epochs/latest sample). */
const EPOCH_PARAMS = {
  epoch_length: EPOCH_LENGTH_BLOCKS,
  epoch_multiplier: 1,
  epoch_shift: 16_980,
  default_unit_of_compute_price: 100,
  poc_stage_duration: 60,
  poc_exchange_duration: 5,
  poc_validation_delay: 5,
  poc_validation_duration: 120,
  set_new_validators_delay: 120,
  inference_validation_cutoff: 80,
  inference_pruning_epoch_threshold: 2,
  inference_pruning_max: 5_000,
  poc_pruning_max: 1_000,
  poc_slot_allocation: { value: 1, exponent: -1 },
};

export function nodeApiRoutes(ctx: SimContext): RouteDef[] {
  const { state } = ctx;
  const participants = new ActiveParticipantsView(ctx);

  return [
    {
      method: 'GET',
      pattern: '/v1/epochs/current/participants',
      handle: () => {
        const now = state.read();
        return { status: 200, body: undefined, text: participants.text(now.epoch, now.progress) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/epochs/latest',
      handle: () => {
        const now = state.read();
        return ok({
          block_height: now.blockHeight,
          latest_epoch: { index: now.epoch, poc_start_block_height: pocStartHeight(now.epoch) },
          phase: phaseAtBlockOffset(now.blockHeight - pocStartHeight(now.epoch)),
          epoch_stages: epochStages(now.epoch),
          next_epoch_stages: epochStages(now.epoch + 1),
          epoch_params: EPOCH_PARAMS,
          is_confirmation_poc_active: false,
        });
      },
    },
    {
      method: 'GET',
      pattern: '/v1/epochs/{epoch}/participants',
      handle: (req) => {
        const now = state.read();
        const epoch = Number(req.params.epoch);
        if (!/^\d+$/.test(req.params.epoch) || !state.isKnownEpoch(epoch, now)) {
          return errorReply(req.path, 404, `no active participants found for epoch ${req.params.epoch}`);
        }
        return { status: 200, body: undefined, text: participants.text(epoch, epoch < now.epoch ? 1 : now.progress) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/status',
      handle: () => ok({ status: 'ok' }),
    },
  ];
}
