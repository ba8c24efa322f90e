/** Gonka node API (`/v1`, dapi): the epoch clock and each epoch's active participants. */
import { epochStages, phaseAtBlockOffset, pocStartHeight } from '../clock.js';
import { EPOCH_PARAMS } from '../params.js';
import { errorReply, ok, type RouteDef } from '../http/types.js';
import type { SimContext } from '../views/context.js';
import { ActiveParticipantsView } from '../views/node-api-views.js';

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
