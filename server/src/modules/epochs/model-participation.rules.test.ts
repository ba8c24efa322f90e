import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelParticipation, ModelParticipationStatus, NOT_SERVED_WEIGHT_COST_SHARE } from './model-participation.rules.js';

const GOVERNANCE = ['qwen', 'kimi', 'minimax'];

describe('modelParticipation', () => {
  it('SERVED at no cost for the models of the epoch entry, NOT_SERVED at 15% of the weight for each other governance model', () => {
    const rows = modelParticipation(GOVERNANCE, { models: ['kimi'], weight: 2_000 });
    assert.deepEqual(
      rows.map((r) => [r.modelId, r.status, r.weightCost, r.weightCostShare]),
      [
        ['qwen', ModelParticipationStatus.NOT_SERVED, 300, 0.15],
        ['kimi', ModelParticipationStatus.SERVED, 0, 0],
        ['minimax', ModelParticipationStatus.NOT_SERVED, 300, 0.15],
      ],
    );
    assert.equal(NOT_SERVED_WEIGHT_COST_SHARE, 0.15);
  });

  it('ignores served models governance does not list', () => {
    const rows = modelParticipation(['qwen'], { models: ['qwen', 'retired-model'], weight: 10 });
    assert.deepEqual(
      rows.map((r) => r.modelId),
      ['qwen'],
    );
  });

  it('keeps the share but no amount when the weight is unknown', () => {
    const [row] = modelParticipation(['qwen'], { models: [], weight: null });
    assert.deepEqual([row.status, row.weightCost, row.weightCostShare], [ModelParticipationStatus.NOT_SERVED, null, 0.15]);
  });

  it('UNKNOWN for every governance model without the host epoch entry', () => {
    const rows = modelParticipation(GOVERNANCE, null);
    assert.deepEqual(
      rows.map((r) => [r.status, r.weightCost]),
      GOVERNANCE.map(() => [ModelParticipationStatus.UNKNOWN, null]),
    );
  });

  it('lists the host models as UNKNOWN without the governance list, and nothing when neither is known', () => {
    const rows = modelParticipation(null, { models: ['qwen'], weight: 5 });
    assert.deepEqual(
      rows.map((r) => [r.modelId, r.status, r.weightCost]),
      [['qwen', ModelParticipationStatus.UNKNOWN, null]],
    );
    assert.deepEqual(modelParticipation(null, null), []);
  });

  it('never produces DELEGATED or REFUSED: no route the portal reads exposes them', () => {
    const statuses = new Set(modelParticipation(GOVERNANCE, { models: ['qwen'], weight: 1 }).map((r) => r.status));
    assert.ok(!statuses.has(ModelParticipationStatus.DELEGATED) && !statuses.has(ModelParticipationStatus.REFUSED));
  });
});
