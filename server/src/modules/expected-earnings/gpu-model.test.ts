import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gpuModelKey } from './gpu-model.js';

describe('gpuModelKey', () => {
  it('reads the model from what hosts report on chain', () => {
    assert.equal(gpuModelKey('NVIDIA H100 80GB HBM3 | 79GB'), 'H100');
    assert.equal(gpuModelKey('NVIDIA H200 | 140GB'), 'H200');
    assert.equal(gpuModelKey('NVIDIA B200 | 179GB'), 'B200');
    assert.equal(gpuModelKey('NVIDIA A100-SXM4-80GB | 79GB'), 'A100');
    assert.equal(gpuModelKey('NVIDIA GeForce RTX 4090 | 24GB'), 'RTX 4090');
    assert.equal(gpuModelKey('NVIDIA L40S | 45GB'), 'L40S');
  });

  it('reads the same key from what a customer types', () => {
    assert.equal(gpuModelKey('H100 80GB'), 'H100');
    assert.equal(gpuModelKey('h100'), 'H100');
    assert.equal(gpuModelKey('A100 80GB'), 'A100');
    assert.equal(gpuModelKey('RTX 5090'), 'RTX 5090');
    assert.equal(gpuModelKey('rtx4090'), 'RTX 4090');
    assert.equal(gpuModelKey('4090'), 'RTX 4090');
  });

  it('is null when nothing names a model (memory sizes and words are not models)', () => {
    assert.equal(gpuModelKey(''), null);
    assert.equal(gpuModelKey('80GB'), null);
    assert.equal(gpuModelKey('the fastest you have'), null);
    assert.equal(gpuModelKey('HBM3'), null);
  });
});
