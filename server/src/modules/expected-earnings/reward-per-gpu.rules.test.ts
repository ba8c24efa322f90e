import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { averageEpochSeconds, medianOf, type PerGpuRewards, perGpuRewards, projectReward } from './reward-per-gpu.rules.js';

const H100 = 'NVIDIA H100 80GB HBM3 | 79GB';
const A100 = 'NVIDIA A100-SXM4-80GB | 79GB';

describe('perGpuRewards', () => {
  it('divides each single-model host’s reward by its GPUs; mixed and unknown hosts are left out, a 0 reward counts', () => {
    const rewards = { a: '800.000000000', b: '100.000000001', c: '900', d: '0.000000000', e: '50' };
    const hardware = {
      a: { gpus: [{ type: H100, count: 8 }] },
      b: { gpus: [{ type: A100, count: 3 }] },
      c: {
        gpus: [
          { type: H100, count: 4 },
          { type: A100, count: 4 },
        ],
      },
      d: { gpus: [{ type: H100, count: 2 }] },
    };
    assert.deepEqual(perGpuRewards(rewards, hardware), {
      H100: [
        ['a', '100.000000000'],
        ['d', '0.000000000'],
      ],
      // 100.000000001 / 3, half-even to ngonka.
      A100: [['b', '33.333333334']],
    });
  });
});

describe('medianOf', () => {
  it('is exact, the mean of the middle two for an even count', () => {
    assert.equal(medianOf(['3', '1', '2'])!.toFixed(9), '2.000000000');
    assert.equal(medianOf(['0.000000001', '0.000000002'])!.toFixed(10), '0.0000000015');
    assert.equal(medianOf([]), null);
  });
});

describe('projectReward', () => {
  const epochs: PerGpuRewards[] = [
    {
      H100: [
        ['a', '100.000000000'],
        ['b', '120.000000000'],
      ],
    },
    { H100: [['a', '110.000000000']] },
    {},
  ];

  it('median per GPU over every host-epoch × quantity, per epoch and per day', () => {
    const p = projectReward(epochs, 'H100', 8, 82_800);
    assert.deepEqual(p, {
      medianPerGpu: '110.000000000',
      perEpoch: '880.000000000',
      // 880 × 86400 / 82800 = 918.260869565…
      perDay: '918.260869565',
      epochs: 2,
      hosts: 2,
      samples: 3,
    });
  });

  it('null for a model no host has; perDay null when the epoch length is unknown', () => {
    assert.equal(projectReward(epochs, 'B200', 1, 82_800), null);
    assert.equal(projectReward(epochs, 'H100', 1, null)!.perDay, null);
  });
});

describe('averageEpochSeconds', () => {
  it('spreads the time between the first and last end over the epochs between them', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
    assert.equal(
      averageEpochSeconds([
        { epoch: 12, at: at(46) },
        { epoch: 10, at: at(0) },
      ]),
      82_800,
    );
    assert.equal(averageEpochSeconds([{ epoch: 1, at: at(0) }]), null);
  });
});
